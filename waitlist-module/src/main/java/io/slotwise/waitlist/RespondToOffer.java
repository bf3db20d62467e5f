package io.slotwise.waitlist;

import java.util.List;
import java.util.Optional;

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

	/** How many offers the patient was made in all (a connection's totalCount). */
	int countOffersOf(PatientId patient);

	/** One of the patient's own offers; empty for another patient's, as for none. */
	Optional<OfferDetails> offerOf(PatientId patient, OfferId offer);

}
