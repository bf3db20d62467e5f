package io.slotwise.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes free slots: every grid-aligned stretch of the visit's length that lies inside
 * a working window and inside the bookable period, does not overlap the practitioner's
 * busy time, and finds a free unit in every pool the visit needs.
 *
 * @param grid where slots may start
 * @param length the visit's duration
 */
public record Availability(SlotGrid grid, Duration length) {

	public Availability {
		if (length.isNegative() || length.isZero()) {
			throw new IllegalArgumentException("A visit must last a positive duration");
		}
	}

	public List<TimeRange> freeSlots(List<TimeRange> workingWindows, TimeRange bookable,
			List<TimeRange> practitionerBusy, List<ResourcePool> pools) {
		List<TimeRange> free = new ArrayList<>();
		for (TimeRange window : workingWindows) {
			Instant start = this.grid.alignUp(later(window.start(), bookable.start()));
			while (!start.plus(this.length).isAfter(window.end())) {
				TimeRange slot = TimeRange.of(start, this.length);
				if (bookable.contains(slot) && isFree(slot, practitionerBusy, pools)) {
					free.add(slot);
				}
				start = this.grid.alignUp(start.plus(this.grid.step()));
			}
		}
		return free;
	}

	/**
	 * Whether a requested slot is one this availability would offer, ignoring busy time:
	 * on the grid, inside a working window and inside the bookable period.
	 */
	public boolean offers(TimeRange slot, List<TimeRange> workingWindows, TimeRange bookable) {
		return this.grid.isAligned(slot.start()) && bookable.contains(slot)
				&& workingWindows.stream().anyMatch((window) -> window.contains(slot));
	}

	private static boolean isFree(TimeRange slot, List<TimeRange> practitionerBusy, List<ResourcePool> pools) {
		if (slot.overlapsAny(practitionerBusy)) {
			return false;
		}
		for (ResourcePool pool : pools) {
			if (!pool.hasFreeUnit(slot)) {
				return false;
			}
		}
		return true;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
