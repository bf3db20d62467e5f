package io.slotwise.scheduling.domain.search;

import java.time.Duration;

/**
 * Turns measured signals into a {@link MatchScore}.
 *
 * <ul>
 * <li>Availability: 70% how soon the first free slot is within the searched range, 30%
 * how many free slots there are (saturating at {@value #SLOTS_FOR_FULL_CHOICE}); no free
 * slot scores 0.</li>
 * <li>Distance: linear from 1 at the patient's point to 0 at the edge of the radius.</li>
 * <li>Rating: a Bayesian average that pulls ratings with few reviews towards
 * {@value #PRIOR_RATING} (as if {@value #PRIOR_REVIEWS} average reviews were added), so a
 * single 5-star review does not outrank hundreds of 4.8s; mapped from 1-5 to 0-1.</li>
 * <li>Language and insurance: 1 when matched (or when the patient stated no preference),
 * else 0.</li>
 * </ul>
 */
public final class MatchScoring {

	static final int SLOTS_FOR_FULL_CHOICE = 10;

	static final double PRIOR_RATING = 3.5;

	static final int PRIOR_REVIEWS = 10;

	private final ScoreWeights weights;

	public MatchScoring(ScoreWeights weights) {
		this.weights = weights;
	}

	public MatchScore score(MatchSignals signals) {
		double total = this.weights.total();
		MatchScore.Component availability = MatchScore.Component.of(availability(signals), this.weights.availability(),
				total);
		MatchScore.Component distance = MatchScore.Component.of(1 - signals.distanceKm() / signals.radiusKm(),
				this.weights.distance(), total);
		MatchScore.Component rating = MatchScore.Component.of(rating(signals), this.weights.rating(), total);
		MatchScore.Component language = MatchScore.Component.of(signals.languageMatch() ? 1 : 0,
				this.weights.language(), total);
		MatchScore.Component insurance = MatchScore.Component.of(signals.inNetwork() ? 1 : 0, this.weights.insurance(),
				total);
		double points = availability.points() + distance.points() + rating.points() + language.points()
				+ insurance.points();
		return new MatchScore((int) Math.round(Math.min(100, points)), availability, distance, rating, language,
				insurance);
	}

	private static double availability(MatchSignals signals) {
		if (signals.untilFirstSlot().isEmpty() || signals.freeSlots() == 0) {
			return 0;
		}
		Duration wait = signals.untilFirstSlot().get();
		double soonness = 1 - Math.min(1, (double) Math.max(0, wait.toMinutes()) / signals.horizon().toMinutes());
		double choice = Math.min(1, (double) signals.freeSlots() / SLOTS_FOR_FULL_CHOICE);
		return 0.7 * soonness + 0.3 * choice;
	}

	private static double rating(MatchSignals signals) {
		double bayesian = (PRIOR_RATING * PRIOR_REVIEWS + signals.rating() * signals.reviewCount())
				/ (PRIOR_REVIEWS + signals.reviewCount());
		return (bayesian - 1) / 4;
	}

}
