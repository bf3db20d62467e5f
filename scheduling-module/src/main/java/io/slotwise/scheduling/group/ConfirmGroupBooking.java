package io.slotwise.scheduling.group;

import java.util.Optional;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Requester;

/**
 * Books every member of a bundle hold in one transaction, or none. Idempotent per hold
 * and per key, like a single confirmation.
 */
public interface ConfirmGroupBooking {

	Outcome<GroupBookingDetails> confirmGroupBooking(Requester requester, HoldId hold, Optional<String> key);

}
