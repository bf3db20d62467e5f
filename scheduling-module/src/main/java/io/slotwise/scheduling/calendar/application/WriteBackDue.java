package io.slotwise.scheduling.calendar.application;

import io.slotwise.scheduling.BookingEvent;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A booking event that the practitioner's calendars must follow: published by
 * {@link CalendarWriteBack} in the booking's own transaction only when the practitioner
 * may have a calendar connection, so a booking of anyone else leaves no publication in
 * the registry (ADR 0030). Exactly one member is set; a record of the concrete events
 * because the registry stores and reads back concrete types.
 */
@DomainEvent
public record WriteBackDue(BookingEvent.@Nullable Confirmed confirmed, BookingEvent.@Nullable Rescheduled rescheduled,
		BookingEvent.@Nullable Cancelled cancelled) {

	static WriteBackDue of(BookingEvent event) {
		return switch (event) {
			case BookingEvent.Confirmed booked -> new WriteBackDue(booked, null, null);
			case BookingEvent.Rescheduled moved -> new WriteBackDue(null, moved, null);
			case BookingEvent.Cancelled cancelled -> new WriteBackDue(null, null, cancelled);
		};
	}

	BookingEvent booking() {
		if (this.confirmed != null) {
			return this.confirmed;
		}
		if (this.rescheduled != null) {
			return this.rescheduled;
		}
		if (this.cancelled != null) {
			return this.cancelled;
		}
		throw new IllegalStateException("A write-back names no booking event");
	}

}
