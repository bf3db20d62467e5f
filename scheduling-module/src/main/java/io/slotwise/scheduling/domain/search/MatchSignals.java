package io.slotwise.scheduling.domain.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The facts a match score is computed from, all measured, none guessed.
 *
 * @param untilFirstSlot time from now to the first free slot in the searched range, empty
 * if there is none
 * @param horizon length of the searched date range
 * @param freeSlots free slots in the searched range
 * @param distanceKm great-circle distance from the patient's point to the location
 * @param radiusKm the search radius
 * @param rating average review rating, 1-5 (0 when there are no reviews)
 * @param reviewCount number of reviews behind the rating
 * @param languageMatch whether the practitioner speaks a preferred language (true when
 * the patient stated no preference)
 * @param inNetwork whether the practitioner takes the patient's plan (true when the
 * patient gave no plan)
 */
public record MatchSignals(Optional<Duration> untilFirstSlot, Duration horizon, int freeSlots, double distanceKm,
		double radiusKm, double rating, int reviewCount, boolean languageMatch, boolean inNetwork) {

	public MatchSignals {
		if (horizon.isNegative() || horizon.isZero()) {
			throw new IllegalArgumentException("The searched range must be positive");
		}
		if (radiusKm <= 0 || distanceKm < 0 || freeSlots < 0 || reviewCount < 0) {
			throw new IllegalArgumentException("Distances and counts cannot be negative");
		}
	}

}
