package io.slotwise.scheduling.application;

import io.slotwise.scheduling.domain.group.DisruptionWeights;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Group search's tunables ({@code slotwise.group.*}); every one has a default. They bound
 * the work one search may cost.
 *
 * @param weights the least-disruption weights (see {@link DisruptionWeights})
 * @param maxOptions the most options one search ranks (the best are kept)
 * @param maxLocations the most locations searched around a ZIP (nearest first)
 * @param maxPractitioners the most practitioners considered per member and location
 * @param defaultDays the range searched when no end day is given
 * @param maxDays the longest range one search may cover
 * @param maxRadiusMiles the widest radius around a ZIP
 */
@ConfigurationProperties("slotwise.group")
public record GroupSettings(@Nullable DisruptionWeights weights, @Nullable Integer maxOptions,
		@Nullable Integer maxLocations, @Nullable Integer maxPractitioners, @Nullable Integer defaultDays,
		@Nullable Integer maxDays, @Nullable Double maxRadiusMiles) {

	public GroupSettings {
		weights = (weights != null) ? weights : DisruptionWeights.defaults();
		maxOptions = (maxOptions != null) ? maxOptions : 100;
		maxLocations = (maxLocations != null) ? maxLocations : 10;
		maxPractitioners = (maxPractitioners != null) ? maxPractitioners : 20;
		defaultDays = (defaultDays != null) ? defaultDays : 14;
		maxDays = (maxDays != null) ? maxDays : 31;
		maxRadiusMiles = (maxRadiusMiles != null) ? maxRadiusMiles : 100.0;
	}

	public static GroupSettings defaults() {
		return new GroupSettings(null, null, null, null, null, null, null);
	}

}
