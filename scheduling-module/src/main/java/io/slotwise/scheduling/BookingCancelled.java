package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * A booking was cancelled and every resource it reserved is free again (the waitlist
 * offers the slot to someone else).
 *
 * @param appointment the cancelled booking
 * @param patient for whom it was
 * @param practitioner with whom
 * @param location where
 * @param visitType what kind of visit
 * @param start the freed slot's start
 * @param end the freed slot's end (exclusive)
 */
public record BookingCancelled(AppointmentId appointment, PatientId patient, PractitionerId practitioner,
		LocationId location, VisitTypeId visitType, Instant start, Instant end) {
}
