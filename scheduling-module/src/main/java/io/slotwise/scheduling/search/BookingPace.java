package io.slotwise.scheduling.search;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon patients who booked a practitioner had booked after they first searched,
 * computed from recorded journeys only. Honest wording: "half of the {@code patients} who
 * booked since {@code since} did so within {@code median} of searching".
 *
 * @param patients booked journeys that searched first (the sample)
 * @param median the middle time from first search to booking
 * @param since the start of the window looked at
 */
public record BookingPace(int patients, Duration median, Instant since) {

	public BookingPace {
		if (patients < 1 || median.isNegative()) {
			throw new IllegalArgumentException("A booking pace needs at least one patient and a non-negative median");
		}
	}

}
