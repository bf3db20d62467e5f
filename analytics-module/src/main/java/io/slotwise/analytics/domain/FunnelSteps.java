package io.slotwise.analytics.domain;

import java.time.Instant;
import java.util.Map;

import io.slotwise.analytics.FunnelStage;

/**
 * Every recorded step of every journey.
 */
public interface FunnelSteps {

	/** Distinct journeys per stage in [from, to); stages nobody reached are absent. */
	Map<FunnelStage, Long> journeysPerStage(Instant from, Instant to);

}
