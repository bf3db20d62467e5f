package io.slotwise.waitlist;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A time of day a patient can come, in the location's zone, half-open:
 * {@code [from, to)}.
 */
public record TimeWindow(LocalTime from, LocalTime to) {

	public TimeWindow {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	public boolean isOrdered() {
		return this.from.isBefore(this.to);
	}

	/** Whether a visit from {@code start} to {@code end} fits inside. */
	public boolean contains(LocalTime start, LocalTime end) {
		return !start.isBefore(this.from) && !end.isAfter(this.to) && !end.isBefore(start);
	}

	public long minutes() {
		return java.time.Duration.between(this.from, this.to).toMinutes();
	}

}
