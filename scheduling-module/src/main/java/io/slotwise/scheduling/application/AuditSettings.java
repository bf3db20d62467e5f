package io.slotwise.scheduling.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PHI audit trail's tunables ({@code slotwise.audit.*}).
 *
 * @param retention how long entries are kept (default six years, HIPAA's documentation
 * retention); the database refuses to delete anything younger than 30 days whatever this
 * says
 * @param retentionBatch how many old entries one pass of the retention job deletes
 */
@ConfigurationProperties("slotwise.audit")
public record AuditSettings(Duration retention, Integer retentionBatch) {

	public AuditSettings {
		retention = (retention != null) ? retention : Duration.ofDays(6 * 365 + 2);
		retentionBatch = (retentionBatch != null) ? retentionBatch : 10_000;
	}

}
