package io.slotwise.scheduling.calendar.application;

import java.util.List;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * Reads busy times from one kind of external calendar; one adapter per kind. Adapters
 * bound every wait by the configured fetch timeout.
 */
public interface ExternalCalendars {

	CalendarKind kind();

	Fetch busy(CalendarConnection connection, TimeRange window);

	/** What the provider answered. */
	sealed interface Fetch {

		/** Busy intervals overlapping the window, as reported (no buffer). */
		record Busy(List<TimeRange> intervals) implements Fetch {
		}

		/** Unreachable, slow or malformed: try again later, keep the old data. */
		record Failed(String reason) implements Fetch {
		}

		/** Access was revoked: the connection must be disconnected. */
		record Revoked(String reason) implements Fetch {
		}

	}

}
