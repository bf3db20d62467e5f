package io.slotwise.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import io.slotwise.analytics.domain.FunnelFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops whole months of facts older than the retention. Dropping a partition is one cheap
 * catalog change, unlike deleting millions of rows; running it on several instances at
 * once is harmless (the second finds nothing to drop).
 */
@Component
class FactRetention {

	private static final Logger log = LoggerFactory.getLogger(FactRetention.class);

	private final FunnelFacts facts;

	private final AnalyticsSettings settings;

	private final Clock clock;

	FactRetention(FunnelFacts facts, AnalyticsSettings settings, Clock clock) {
		this.facts = facts;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${slotwise.analytics.retention-cron:0 17 3 * * *}", zone = "UTC")
	List<String> dropExpiredMonths() {
		Instant cutoff = YearMonth.now(this.clock.withZone(ZoneOffset.UTC))
			.minusMonths(this.settings.months() - 1)
			.atDay(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		List<String> dropped = this.facts.dropMonthsBefore(cutoff);
		if (!dropped.isEmpty()) {
			log.info("Dropped analytics months older than {}: {}", cutoff, dropped);
		}
		return dropped;
	}

}
