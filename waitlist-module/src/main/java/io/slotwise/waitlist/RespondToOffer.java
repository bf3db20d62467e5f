package io.slotwise.waitlist;

import java.util.List;

import io.slotwise.scheduling.PatientId;

/**
 * A patient sees their offers and accepts or declines one. The first to accept is booked
 * atomically; the others get OFFER_TAKEN.
 */
public interface RespondToOffer {

	WaitlistOutcome<OfferDetails> accept(PatientId patient, OfferId offer);

	WaitlistOutcome<OfferDetails> decline(PatientId patient, OfferId offer);

	/** Newest first. */
	List<OfferDetails> offersOf(PatientId patient, int offset, int limit);

}
