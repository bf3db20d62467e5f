package io.slotwise.scheduling;

import java.time.Instant;

/**
 * A bookable stretch of time, half-open: {@code [start, end)}.
 *
 * @param start first instant, inclusive
 * @param end last instant, exclusive
 */
public record Slot(Instant start, Instant end) {

	public Slot {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A slot must end after it starts");
		}
	}

}
