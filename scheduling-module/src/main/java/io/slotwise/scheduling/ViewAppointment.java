package io.slotwise.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One appointment, for whoever may act on it: the patient their own, staff those at their
 * locations, an administrator any. Anyone else learns nothing, not even that it exists.
 */
public interface ViewAppointment {

	Optional<AppointmentDetails> appointment(Requester requester, AppointmentId id);

	/**
	 * The appointments among these ids the requester may see, in one load (a page of
	 * waitlist offers' bookings): the others are left out, as if they did not exist.
	 */
	List<AppointmentDetails> appointments(Requester requester, Collection<AppointmentId> ids);

}
