package io.slotwise.scheduling.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;

/**
 * A connection as callers see it: never its feed URL or tokens.
 *
 * @param buffer how much time around each external busy interval is blocked too
 * @param lastSyncedAt when busy times were last fetched successfully
 * @param lastError why the last sync or token refresh failed, if it did
 */
public record CalendarConnectionDetails(ConnectionId id, PractitionerId practitioner, CalendarKind kind,
		ConnectionStatus status, Duration buffer, Optional<Instant> lastSyncedAt, Optional<String> lastError) {

}
