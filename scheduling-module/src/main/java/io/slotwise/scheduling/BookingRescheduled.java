package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * A booking moved: the old slot is free, the new one reserved.
 *
 * @param appointment the booking
 * @param patient for whom
 * @param practitioner with whom
 * @param location where
 * @param visitType what kind of visit
 * @param previousStart the freed slot's start
 * @param previousEnd the freed slot's end (exclusive)
 * @param start the new start
 * @param end the new end (exclusive)
 */
public record BookingRescheduled(AppointmentId appointment, PatientId patient, PractitionerId practitioner,
		LocationId location, VisitTypeId visitType, Instant previousStart, Instant previousEnd, Instant start,
		Instant end) {
}
