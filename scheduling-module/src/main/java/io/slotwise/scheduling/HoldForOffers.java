package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * Holds a freed slot for the waitlist while its offers are open. An offer hold belongs to
 * no patient: public search does not show the slot, no patient can confirm, release or
 * extend the hold, and it counts against nobody's live-hold cap. It never lasts past the
 * slot's minimum notice. The patient who accepts an offer is booked through the same
 * transaction and guarantees as a confirmation.
 */
public interface HoldForOffers {

	/**
	 * Holds every resource the slot needs until {@code until}, or until the slot's
	 * minimum notice if that comes first; the returned {@code expiresAt} says which.
	 */
	Outcome<HoldDetails> holdForOffers(SlotRequest slot, Instant until);

	/** Moves a live offer hold's expiry to {@code until} (again capped by the notice). */
	Outcome<HoldDetails> keepForOffers(HoldId hold, Instant until);

	/** Gives the slot back to the public. */
	Outcome<HoldId> releaseOffers(HoldId hold);

	/**
	 * Books the held slot for the patient who accepted; idempotent per patient and key.
	 */
	Outcome<AppointmentDetails> bookOffered(HoldId hold, PatientId patient, Optional<String> idempotencyKey);

}
