package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * An appointment as patients, staff and other modules see it: a snapshot, the booking
 * rules live in the scheduling domain.
 *
 * @param start first instant, inclusive
 * @param end last instant, exclusive
 */
public record AppointmentDetails(AppointmentId id, PatientId patient, PractitionerId practitioner, LocationId location,
		VisitTypeId visitType, Instant start, Instant end, Status status) {

	/** Where an appointment is in its life. */
	public enum Status {

		BOOKED, CANCELLED

	}

}
