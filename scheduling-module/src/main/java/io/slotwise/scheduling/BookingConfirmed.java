package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * A slot is booked: the appointment and all its reservations are committed.
 *
 * @param appointment the booking
 * @param patient for whom
 * @param practitioner with whom
 * @param location where
 * @param visitType what kind of visit
 * @param start start
 * @param end end (exclusive)
 * @param hold the hold it came from, or {@code null} when booked without one
 */
public record BookingConfirmed(AppointmentId appointment, PatientId patient, PractitionerId practitioner,
		LocationId location, VisitTypeId visitType, Instant start, Instant end, HoldId hold) {
}
