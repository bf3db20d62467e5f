package io.slotwise.scheduling.domain;

import java.util.List;

import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.PatientId;

/**
 * All appointments.
 */
public interface Appointments {

	List<Appointment> ofPatient(PatientId patient, int offset, int limit);

}
