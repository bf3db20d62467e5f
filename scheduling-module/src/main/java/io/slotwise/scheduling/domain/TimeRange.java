package io.slotwise.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * A half-open stretch of time {@code [start, end)}: back-to-back ranges do not overlap,
 * exactly like PostgreSQL's default {@code tstzrange}.
 *
 * @param start inclusive
 * @param end exclusive
 */
public record TimeRange(Instant start, Instant end) {

	public TimeRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A time range must end after it starts: " + start + " .. " + end);
		}
	}

	public static TimeRange of(Instant start, Duration length) {
		return new TimeRange(start, start.plus(length));
	}

	public boolean overlaps(TimeRange other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	// A loop, not a stream: search asks this for every slot of every candidate's day.
	public boolean overlapsAny(Collection<TimeRange> others) {
		for (TimeRange other : others) {
			if (overlaps(other)) {
				return true;
			}
		}
		return false;
	}

	public boolean contains(TimeRange other) {
		return !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

}
