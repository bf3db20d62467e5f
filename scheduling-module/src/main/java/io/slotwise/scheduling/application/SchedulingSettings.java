package io.slotwise.scheduling.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduling's tunables ({@code slotwise.scheduling.*}); every one has a default.
 *
 * @param slotGrid slots start on this wall-clock grid in the location's zone
 * @param minimumNotice the earliest bookable start is this far from now
 * @param bookingHorizon the latest bookable end is this far from now
 * @param maxQueryDays the longest date range one availability query may cover
 * @param holdTtl how long a hold lasts (and how much an extension adds)
 * @param maxHoldExtensions how often a holder may extend one hold
 * @param maxLiveHoldsPerPatient how many live holds one patient may have
 * @param expiredHoldMemory how long an expired hold is remembered, so its holder hears
 * "expired" rather than "not found"
 * @param holdStoreTimeout how long a hold operation waits for Redis before failing fast
 * with HOLDS_UNAVAILABLE
 */
@ConfigurationProperties("slotwise.scheduling")
public record SchedulingSettings(Duration slotGrid, Duration minimumNotice, Duration bookingHorizon,
		Integer maxQueryDays, Duration holdTtl, Integer maxHoldExtensions, Integer maxLiveHoldsPerPatient,
		Duration expiredHoldMemory, Duration holdStoreTimeout) {

	public SchedulingSettings {
		slotGrid = (slotGrid != null) ? slotGrid : Duration.ofMinutes(15);
		minimumNotice = (minimumNotice != null) ? minimumNotice : Duration.ofHours(1);
		bookingHorizon = (bookingHorizon != null) ? bookingHorizon : Duration.ofDays(90);
		maxQueryDays = (maxQueryDays != null) ? maxQueryDays : 31;
		holdTtl = (holdTtl != null) ? holdTtl : Duration.ofSeconds(60);
		maxHoldExtensions = (maxHoldExtensions != null) ? maxHoldExtensions : 2;
		maxLiveHoldsPerPatient = (maxLiveHoldsPerPatient != null) ? maxLiveHoldsPerPatient : 2;
		expiredHoldMemory = (expiredHoldMemory != null) ? expiredHoldMemory : Duration.ofMinutes(10);
		holdStoreTimeout = (holdStoreTimeout != null) ? holdStoreTimeout : Duration.ofMillis(500);
	}

	public static SchedulingSettings defaults() {
		return new SchedulingSettings(null, null, null, null, null, null, null, null, null);
	}

}
