package io.slotwise.scheduling;

import java.util.Collection;
import java.util.List;

/**
 * A patient's own appointments, soonest first.
 */
public interface ListPatientAppointments {

	List<AppointmentDetails> appointmentsOf(PatientId patient, int offset, int limit);

	/**
	 * The appointments of a guardian and their dependents together, soonest first; each
	 * says whom it is for ({@link AppointmentDetails#patient()}).
	 */
	List<AppointmentDetails> appointmentsOf(Collection<PatientId> family, int offset, int limit);

	/** How many appointments the family has in all (a connection's totalCount). */
	int countOf(Collection<PatientId> family);

}
