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

	private final ConnectedPractitioners connected;

	ExternalBusy(BusyCache cache, ConnectedPractitioners connected) {
		this.cache = cache;
		this.connected = connected;
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
	 * Holds, bookings and reschedules ask this for one practitioner; one without any
	 * calendar connection (most of them) costs a Redis read instead of a query.
	 */
	public boolean conflicts(UUID practitioner, TimeRange slot) {
		if (!this.connected.mayHave(practitioner)) {
			return false;
		}
		return slot.overlapsAny(blocked(List.of(practitioner), slot).getOrDefault(practitioner, List.of()));
	}

}
