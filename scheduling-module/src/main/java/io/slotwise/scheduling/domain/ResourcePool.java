package io.slotwise.scheduling.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interchangeable units of which a visit needs any one (the rooms with a capability, the
 * units of an equipment type), each with the time it is busy (booked or held).
 *
 * @param busy busy ranges per unit, in preference order
 */
public record ResourcePool(Map<UUID, List<TimeRange>> busy) {

	public ResourcePool {
		busy = Map.copyOf(busy);
	}

	public boolean hasFreeUnit(TimeRange range) {
		for (List<TimeRange> ranges : this.busy.values()) {
			if (!range.overlapsAny(ranges)) {
				return true;
			}
		}
		return false;
	}

}
