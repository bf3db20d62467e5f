package io.slotwise.analytics.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a waitlist offer's slot is: the waitlist's events name the offer, not the slot's
 * practitioner and location, which the funnel is filtered by.
 */
public interface OfferPlaces {

	Optional<Place> placeOf(UUID patient, UUID offer);

	/** The slot's practitioner, location and visit type. */
	record Place(UUID practitioner, UUID location, UUID visitType) {

	}

}
