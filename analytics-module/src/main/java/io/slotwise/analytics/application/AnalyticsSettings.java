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
 * @param paceMinimum the fewest booked journeys a booking pace shown to patients may rest
 * on; below it none is shown
 * @param paceWindowDays how far back a booking pace looks
 * @param donationMinimum the fewest pledges a "most patients give" amount may rest on
 */
@ConfigurationProperties("slotwise.analytics")
record AnalyticsSettings(@Nullable Integer retentionMonths, @Nullable String pseudonymKey,
		@Nullable Integer paceMinimum, @Nullable Integer paceWindowDays, @Nullable Integer donationMinimum) {

	AnalyticsSettings {
		retentionMonths = (retentionMonths != null) ? retentionMonths : 24;
		pseudonymKey = (pseudonymKey != null) ? pseudonymKey : "slotwise-development-pseudonyms";
		paceMinimum = (paceMinimum != null) ? paceMinimum : 10;
		paceWindowDays = (paceWindowDays != null) ? paceWindowDays : 90;
		donationMinimum = (donationMinimum != null) ? donationMinimum : 20;
		if (retentionMonths < 1 || paceMinimum < 1 || paceWindowDays < 1) {
			throw new IllegalArgumentException(
					"slotwise.analytics retention-months, pace-minimum and pace-window-days must be at least 1");
		}
	}

	int months() {
		return (retentionMonths != null) ? retentionMonths : 24;
	}

	int minimumSample() {
		return (paceMinimum != null) ? paceMinimum : 10;
	}

	int minimumPledges() {
		return (donationMinimum != null) ? donationMinimum : 20;
	}

	int windowDays() {
		return (paceWindowDays != null) ? paceWindowDays : 90;
	}

	String key() {
		return (pseudonymKey != null) ? pseudonymKey : "";
	}

}
