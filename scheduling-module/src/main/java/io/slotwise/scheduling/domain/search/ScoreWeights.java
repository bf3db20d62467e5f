package io.slotwise.scheduling.domain.search;

/**
 * Relative importance of each score component. Only ratios matter: the score divides by
 * the sum, so weights (35, 25, 20, 10, 10) and (0.35, 0.25, 0.2, 0.1, 0.1) rank
 * identically.
 *
 * @param availability how soon and how often the practitioner can see the patient
 * @param distance how close the location is within the search radius
 * @param rating review rating, shrunk towards the prior for few reviews
 * @param language speaks one of the patient's preferred languages
 * @param insurance in network for the patient's plan
 */
public record ScoreWeights(double availability, double distance, double rating, double language, double insurance) {

	public static final ScoreWeights DEFAULTS = new ScoreWeights(35, 25, 20, 10, 10);

	public ScoreWeights {
		for (double weight : new double[] { availability, distance, rating, language, insurance }) {
			if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("Score weights must be finite and non-negative");
			}
		}
		if (availability + distance + rating + language + insurance <= 0) {
			throw new IllegalArgumentException("At least one score weight must be positive");
		}
	}

	double total() {
		return this.availability + this.distance + this.rating + this.language + this.insurance;
	}

}
