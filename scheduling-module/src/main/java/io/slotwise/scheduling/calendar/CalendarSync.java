package io.slotwise.scheduling.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a practitioner's availability can be trusted to reflect their external
 * calendars.
 *
 * @param connections how many calendars are connected (disconnected ones included)
 * @param lastSyncedAt the oldest last successful sync among the counting connections
 * @param stale a counting connection has not synced within the freshness window, so older
 * busy data is being used
 * @param outOfSync a connection was disconnected by its provider: its busy times are not
 * subtracted until the practitioner reconnects
 */
public record CalendarSync(int connections, Optional<Instant> lastSyncedAt, boolean stale, boolean outOfSync) {

	public static CalendarSync none() {
		return new CalendarSync(0, Optional.empty(), false, false);
	}

}
