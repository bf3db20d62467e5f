package io.slotwise.scheduling.calendar.application;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * Writes Slotwise bookings into one kind of OAuth calendar as busy events; one adapter
 * per kind. Event ids are chosen by us and derived from the appointment, so a repeated
 * insert is recognised by the provider instead of creating a duplicate. Every call is
 * bounded by the fetch timeout.
 */
public interface CalendarWriter {

	CalendarKind kind();

	/** Inserts the event; an event with this id that already exists counts as done. */
	Write insert(CalendarSecrets.Tokens tokens, String eventId, TimeRange time);

	Write move(CalendarSecrets.Tokens tokens, String eventId, TimeRange time);

	/** Deletes the event; one that is already gone counts as done. */
	Write remove(CalendarSecrets.Tokens tokens, String eventId);

	/** What the provider answered. */
	sealed interface Write {

		record Done() implements Write {
		}

		/** The event is not there (deleted in the calendar): insert it again. */
		record Missing() implements Write {
		}

		/** Unreachable, slow, throttled, token expired: retried later. */
		record Failed(String reason) implements Write {
		}

	}

}
