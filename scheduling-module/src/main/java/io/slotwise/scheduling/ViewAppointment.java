package io.slotwise.scheduling;

import java.util.Optional;

/**
 * One appointment, for whoever may act on it: the patient their own, staff those at their
 * locations, an administrator any. Anyone else learns nothing, not even that it exists.
 */
public interface ViewAppointment {

	Optional<AppointmentDetails> appointment(Requester requester, AppointmentId id);

}
