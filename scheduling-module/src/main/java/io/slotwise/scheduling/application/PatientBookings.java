package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;

/**
 * Secondary port: counts of a patient's booked appointments, for the anti-hoarding caps.
 */
public interface PatientBookings {

	/** Booked appointments of the patient that start after {@code now}. */
	int startingAfter(PatientId patient, Instant now);

	/**
	 * Booked appointments of the patient with the practitioner starting in [from, to).
	 */
	int withPractitioner(PatientId patient, PractitionerId practitioner, Instant from, Instant to);

}
