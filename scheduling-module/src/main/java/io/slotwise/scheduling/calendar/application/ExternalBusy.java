package io.slotwise.scheduling.calendar.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.scheduling.calendar.domain.BusyTimes;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.stereotype.Component;

/**
 * The time practitioners' external calendars block, buffers included, as availability and
 * booking see it. Reads the cache only: a slow or failing provider never delays a search
 * or a booking; stale data is used and flagged (see {@link CalendarFreshness}).
 */
@Component
public class ExternalBusy {

	private final BusyCache cache;

	ExternalBusy(BusyCache cache) {
		this.cache = cache;
	}

	/** Per practitioner id, the blocked time overlapping the span, merged. */
	public Map<UUID, List<TimeRange>> blocked(Collection<UUID> practitioners, TimeRange span) {
		Map<UUID, List<TimeRange>> blocked = new HashMap<>();
		this.cache.busy(practitioners, span)
			.forEach((practitioner, calendars) -> blocked.put(practitioner, BusyTimes.blockedByAll(calendars)));
		return blocked;
	}

	/**
	 * Whether an external busy interval or its buffer overlaps the practitioner's slot.
	 */
	public boolean conflicts(UUID practitioner, TimeRange slot) {
		return slot.overlapsAny(blocked(List.of(practitioner), slot).getOrDefault(practitioner, List.of()));
	}

}
