package io.slotwise.analytics.application;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Analytics tunables ({@code slotwise.analytics.*}).
 *
 * @param retentionMonths whole months of facts kept; older months are dropped as whole
 * partitions
 * @param pseudonymKey the key patient pseudonyms are hashed with; set it per deployment
 * so pseudonyms cannot be recomputed elsewhere
 */
@ConfigurationProperties("slotwise.analytics")
record AnalyticsSettings(@Nullable Integer retentionMonths, @Nullable String pseudonymKey) {

	AnalyticsSettings {
		retentionMonths = (retentionMonths != null) ? retentionMonths : 24;
		pseudonymKey = (pseudonymKey != null) ? pseudonymKey : "slotwise-development-pseudonyms";
		if (retentionMonths < 1) {
			throw new IllegalArgumentException("slotwise.analytics.retention-months must be at least 1");
		}
	}

	int months() {
		return (retentionMonths != null) ? retentionMonths : 24;
	}

	String key() {
		return (pseudonymKey != null) ? pseudonymKey : "";
	}

}
