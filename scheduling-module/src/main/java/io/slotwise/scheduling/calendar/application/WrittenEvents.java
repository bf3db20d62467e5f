package io.slotwise.scheduling.calendar.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * The bookings written back to each OAuth calendar: what makes a replayed booking event
 * write nothing twice, and what lets a sync recognise our own events.
 */
public interface WrittenEvents {

	Optional<Written> find(UUID appointment, ConnectionId connection);

	void save(Written written);

	void delete(UUID appointment, ConnectionId connection);

	/** The times of our own events in that calendar, overlapping the window. */
	List<TimeRange> ours(ConnectionId connection, TimeRange window);

	/** One booking as an event in one calendar. */
	record Written(UUID appointment, ConnectionId connection, String eventId, TimeRange time) {
	}

}
