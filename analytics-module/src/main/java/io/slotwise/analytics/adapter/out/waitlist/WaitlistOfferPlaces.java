package io.slotwise.analytics.adapter.out.waitlist;

import java.util.Optional;
import java.util.UUID;

import io.slotwise.analytics.application.OfferPlaces;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.RespondToOffer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds an offer among its patient's newest offers through the waitlist's published
 * {@link RespondToOffer}. The offer was just made, so it is among the first few. Without
 * the waitlist (analytics' own module tests) the offer is counted without a place.
 */
@Component
class WaitlistOfferPlaces implements OfferPlaces {

	/** A patient holds at most a handful of open offers; this reaches far past them. */
	private static final int NEWEST = 50;

	private final ObjectProvider<RespondToOffer> offers;

	WaitlistOfferPlaces(ObjectProvider<RespondToOffer> offers) {
		this.offers = offers;
	}

	@Override
	public Optional<Place> placeOf(UUID patient, UUID offer) {
		RespondToOffer waitlist = this.offers.getIfAvailable();
		if (waitlist == null) {
			return Optional.empty();
		}
		return waitlist.offersOf(new PatientId(patient), 0, NEWEST)
			.stream()
			.filter((details) -> details.id().value().equals(offer))
			.findFirst()
			.map((details) -> new Place(details.practitioner().value(), details.location().value(),
					details.visitType().value()));
	}

}
