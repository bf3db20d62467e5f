package io.slotwise.scheduling.calendar.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.slotwise.scheduling.domain.TimeRange;

/**
 * The busy intervals one external calendar reported, and the buffer its practitioner
 * wants kept free around each (travel, notes, a late-running meeting).
 *
 * @param intervals as the provider reported them
 * @param buffer blocked on each side of every interval
 */
public record BusyTimes(List<TimeRange> intervals, Duration buffer) {

	public BusyTimes {
		intervals = List.copyOf(intervals);
		if (buffer.isNegative()) {
			throw new IllegalArgumentException("A buffer cannot be negative");
		}
	}

	/** The time that may not be booked: every interval widened by the buffer, merged. */
	public List<TimeRange> blocked() {
		return merged(this.intervals.stream()
			.map((busy) -> new TimeRange(busy.start().minus(this.buffer), busy.end().plus(this.buffer)))
			.toList());
	}

	public boolean blocks(TimeRange slot) {
		return slot.overlapsAny(blocked());
	}

	/** Every calendar's blocked time, merged into sorted disjoint ranges. */
	public static List<TimeRange> blockedByAll(Collection<BusyTimes> calendars) {
		return merged(calendars.stream().flatMap((calendar) -> calendar.blocked().stream()).toList());
	}

	/**
	 * The reported busy time minus our own events: a provider's free/busy answer contains
	 * the bookings we wrote back, which must not block their neighbours (with the buffer)
	 * or come back as conflicts. What is left of a busy interval around one of ours (an
	 * external meeting adjoining a booking) still counts.
	 */
	public static List<TimeRange> without(List<TimeRange> reported, List<TimeRange> ours) {
		List<TimeRange> left = new ArrayList<>(reported);
		for (TimeRange own : merged(ours)) {
			List<TimeRange> next = new ArrayList<>();
			for (TimeRange busy : left) {
				if (!busy.overlaps(own)) {
					next.add(busy);
					continue;
				}
				if (busy.start().isBefore(own.start())) {
					next.add(new TimeRange(busy.start(), own.start()));
				}
				if (busy.end().isAfter(own.end())) {
					next.add(new TimeRange(own.end(), busy.end()));
				}
			}
			left = next;
		}
		return List.copyOf(left);
	}

	static List<TimeRange> merged(List<TimeRange> ranges) {
		List<TimeRange> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(TimeRange::start));
		List<TimeRange> merged = new ArrayList<>();
		for (TimeRange range : sorted) {
			if (!merged.isEmpty() && !merged.getLast().end().isBefore(range.start())) {
				TimeRange last = merged.removeLast();
				merged.add(new TimeRange(last.start(), last.end().isAfter(range.end()) ? last.end() : range.end()));
			}
			else {
				merged.add(range);
			}
		}
		return List.copyOf(merged);
	}

}
