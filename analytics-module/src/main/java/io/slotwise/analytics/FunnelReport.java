package io.slotwise.analytics;

import java.time.Instant;
import java.util.List;

/**
 * How many journeys reached each stage of the funnel in a period.
 *
 * @param from start of the period, inclusive
 * @param to end of the period, exclusive
 * @param stages one entry per stage, in funnel order
 */
public record FunnelReport(Instant from, Instant to, List<StageCount> stages) {

	/**
	 * @param stage the step
	 * @param journeys distinct journeys that reached it
	 * @param conversionFromPrevious share of the previous stage's journeys that reached
	 * this one (1.0 for the first stage, 0 when the previous stage had none)
	 */
	public record StageCount(FunnelStage stage, long journeys, double conversionFromPrevious) {
	}

}
