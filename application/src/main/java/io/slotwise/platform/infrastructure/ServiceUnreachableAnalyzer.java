package io.slotwise.platform.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link ServiceUnreachable} into a short message that names the service, its
 * address and how to fix the configuration.
 */
class ServiceUnreachableAnalyzer extends AbstractFailureAnalyzer<ServiceUnreachable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ServiceUnreachable cause) {
		ServiceAddress address = cause.address();
		String property = address.service().equals("Redis") ? "SPRING_DATA_REDIS_HOST / SPRING_DATA_REDIS_PORT"
				: "SPRING_DATASOURCE_URL";
		return new FailureAnalysis(
				"Slotwise cannot start: " + address + " is unreachable (" + cause.getCause().getMessage() + ").",
				"Start " + address.service() + " at " + address.host() + ":" + address.port() + ", or point " + property
						+ " at a running one, or run the demo profile without them to use embedded servers.",
				cause);
	}

}
