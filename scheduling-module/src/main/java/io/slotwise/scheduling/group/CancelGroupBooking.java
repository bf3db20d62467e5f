package io.slotwise.scheduling.group;

import java.util.Optional;

import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;

/**
 * Cancels a group booking whole, or one member's appointment while the others stay.
 */
public interface CancelGroupBooking {

	Outcome<GroupBookingDetails> cancelGroupBooking(Requester requester, GroupBookingId group,
			Optional<PatientId> member);

}
