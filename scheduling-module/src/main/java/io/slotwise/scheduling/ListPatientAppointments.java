package io.slotwise.scheduling;

import java.util.List;

/**
 * A patient's own appointments, soonest first.
 */
public interface ListPatientAppointments {

	List<AppointmentDetails> appointmentsOf(PatientId patient, int offset, int limit);

}
