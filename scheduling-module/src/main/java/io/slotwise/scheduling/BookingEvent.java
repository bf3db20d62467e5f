package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a booking. One sealed family, so a listener handles every case of it
 * in one exhaustive switch and a new case fails to compile where it is not handled yet.
 */
public sealed interface BookingEvent extends DomainEvent
		permits BookingEvent.Confirmed, BookingEvent.Cancelled, BookingEvent.Rescheduled {

	AppointmentId appointment();

	PatientId patient();

	PractitionerId practitioner();

	LocationId location();

	VisitTypeId visitType();

	/** When it happened, on the application's clock. */
	Instant occurredAt();

	/**
	 * A slot is booked: the appointment and all its reservations are committed.
	 *
	 * @param hold the hold it came from; null when booked without one
	 */
	record Confirmed(AppointmentId appointment, PatientId patient, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant start, Instant end, @Nullable HoldId hold,
			Instant occurredAt) implements BookingEvent {
	}

	/**
	 * A booking was cancelled and every resource it reserved is free again.
	 *
	 * @param start the freed slot's start
	 * @param end the freed slot's end (exclusive)
	 */
	record Cancelled(AppointmentId appointment, PatientId patient, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant start, Instant end, Instant occurredAt) implements BookingEvent {
	}

	/**
	 * A booking moved: the old slot is free, the new one reserved.
	 *
	 * @param previousStart the freed slot's start
	 * @param previousEnd the freed slot's end (exclusive)
	 */
	record Rescheduled(AppointmentId appointment, PatientId patient, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant previousStart, Instant previousEnd, Instant start, Instant end,
			Instant occurredAt) implements BookingEvent {
	}

}
