package io.slotwise.scheduling.calendar.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.domain.BusyTimes;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * The last busy times fetched per connection, kept in PostgreSQL so search and booking
 * never wait for a provider.
 */
public interface BusyCache {

	/** Replaces what is stored for the connection inside the window. */
	void replace(ConnectionId connection, TimeRange window, List<TimeRange> intervals);

	/**
	 * The busy times of the practitioners' counting connections overlapping the span,
	 * with each connection's buffer.
	 */
	Map<UUID, List<BusyTimes>> busy(Collection<UUID> practitioners, TimeRange span);

}
