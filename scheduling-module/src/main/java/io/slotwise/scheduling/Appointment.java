package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A booked appointment as patients and other modules see it.
 *
 * @param id identity
 * @param patient who it is for
 * @param practitionerId who sees the patient
 * @param locationId where
 * @param visitTypeId what kind of visit
 * @param start first instant, inclusive
 * @param end last instant, exclusive
 * @param status booked or cancelled
 */
public record Appointment(AppointmentId id, PatientId patient, UUID practitionerId, UUID locationId, UUID visitTypeId,
		Instant start, Instant end, AppointmentStatus status) {

	public Appointment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(status, "status");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("An appointment must end after it starts");
		}
	}

	public boolean isBooked() {
		return this.status == AppointmentStatus.BOOKED;
	}

}
