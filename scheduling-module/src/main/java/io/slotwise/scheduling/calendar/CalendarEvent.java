package io.slotwise.scheduling.calendar;

import java.time.Instant;

import io.slotwise.resources.PractitionerId;
import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a practitioner's external calendars.
 */
public sealed interface CalendarEvent extends DomainEvent
		permits CalendarEvent.BusyTimesChanged, CalendarEvent.Disconnected, CalendarEvent.Reconnected {

	ConnectionId connection();

	PractitionerId practitioner();

	Instant occurredAt();

	/** Fresh busy times were stored: the practitioner's availability may have changed. */
	record BusyTimesChanged(ConnectionId connection, PractitionerId practitioner,
			Instant occurredAt) implements CalendarEvent {
	}

	/**
	 * The provider revoked access; the practitioner must reconnect.
	 *
	 * @param reason the provider's words, without any token
	 */
	record Disconnected(ConnectionId connection, PractitionerId practitioner, String reason,
			Instant occurredAt) implements CalendarEvent {
	}

	/** A disconnected calendar was authorized again. */
	record Reconnected(ConnectionId connection, PractitionerId practitioner,
			Instant occurredAt) implements CalendarEvent {
	}

}
