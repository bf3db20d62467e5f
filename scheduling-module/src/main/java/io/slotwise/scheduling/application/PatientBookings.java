package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;

/**
 * Secondary port: counts of a patient's booked appointments, for the anti-hoarding caps.
 */
public interface PatientBookings {

	/**
	 * In one look: the patient's booked appointments that start after {@code now}, and
	 * those with the practitioner that start in [from, to).
	 */
	Counts count(PatientId patient, Instant now, PractitionerId practitioner, Instant from, Instant to);

	/**
	 * @param upcoming booked appointments starting after now
	 * @param withPractitioner booked appointments with the practitioner in the window
	 */
	record Counts(int upcoming, int withPractitioner) {
	}

}
