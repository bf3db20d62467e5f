package io.slotwise.scheduling.application;

import java.time.Duration;

import io.slotwise.scheduling.domain.search.FillingFast;
import io.slotwise.scheduling.domain.search.ScoreWeights;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search tunables ({@code slotwise.search.*}); every one has a default.
 *
 * @param candidateCap at most this many nearest practitioners get their availability
 * computed; bounds the work of one search
 * @param maxRadiusMiles the largest radius accepted
 * @param defaultDays the date range when none is given
 * @param maxDays the longest date range accepted
 * @param nextSlots how many next slots a result lists
 * @param cacheTtl how long a cached day of free slots lives (versions make it safe; the
 * TTL only bounds memory)
 * @param weights score weights (availability, distance, rating, language, insurance)
 * @param fillingFast the filling-fast rule's thresholds
 */
@ConfigurationProperties("slotwise.search")
public record SearchSettings(Integer candidateCap, Double maxRadiusMiles, Integer defaultDays, Integer maxDays,
		Integer nextSlots, Duration cacheTtl, ScoreWeights weights, FillingFast fillingFast) {

	public SearchSettings {
		candidateCap = (candidateCap != null) ? candidateCap : 200;
		maxRadiusMiles = (maxRadiusMiles != null) ? maxRadiusMiles : 100.0;
		defaultDays = (defaultDays != null) ? defaultDays : 14;
		maxDays = (maxDays != null) ? maxDays : 31;
		nextSlots = (nextSlots != null) ? nextSlots : 3;
		cacheTtl = (cacheTtl != null) ? cacheTtl : Duration.ofMinutes(10);
		weights = (weights != null) ? weights : ScoreWeights.DEFAULTS;
		fillingFast = (fillingFast != null) ? fillingFast : FillingFast.DEFAULTS;
		if (candidateCap < 1 || maxRadiusMiles <= 0 || defaultDays < 1 || maxDays < defaultDays || nextSlots < 1
				|| !cacheTtl.isPositive()) {
			throw new IllegalArgumentException("slotwise.search settings must be positive (max-days >= default-days)");
		}
	}

	public static SearchSettings defaults() {
		return new SearchSettings(null, null, null, null, null, null, null, null);
	}

}
