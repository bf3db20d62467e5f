package io.slotwise.platform.graph;

import java.util.regex.Pattern;

import org.jooq.impl.DefaultExecuteListenerProvider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every statement on the catalog's, scheduling's and the waitlist's tables. The
 * tests importing it run the background scans that touch these tables hourly (the
 * QUIET_SCANS properties), so what they count is the request's own work; with the same
 * properties they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class CountingStatements {

	static final String QUIET_SCANS_1 = "slotwise.scheduling.expiry-scan-interval=PT1H";

	static final String QUIET_SCANS_2 = "slotwise.waitlist.delivery-scan-interval=PT1H";

	static final String QUIET_SCANS_3 = "slotwise.waitlist.expiry-scan-interval=PT1H";

	@Bean
	StatementLog statementLog() {
		return new StatementLog(Pattern
			.compile("\"(resources|scheduling|waitlist)\"\\.|(from|into|update) (resources|scheduling|waitlist)\\."));
	}

	@Bean
	DefaultExecuteListenerProvider countingListener(StatementLog log) {
		return new DefaultExecuteListenerProvider(log);
	}

}
