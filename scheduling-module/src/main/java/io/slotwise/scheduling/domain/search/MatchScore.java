package io.slotwise.scheduling.domain.search;

/**
 * A 0-100 match score with its explanation: each component's value (0-1), weight and the
 * points it contributed. The points add up to the score (before rounding).
 *
 * @param value the score, 0-100
 * @param availability the availability component
 * @param distance the distance component
 * @param rating the rating component
 * @param language the language component
 * @param insurance the insurance component
 */
public record MatchScore(int value, Component availability, Component distance, Component rating, Component language,
		Component insurance) {

	public MatchScore {
		if (value < 0 || value > 100) {
			throw new IllegalArgumentException("A match score is between 0 and 100");
		}
	}

	/**
	 * One part of the score.
	 *
	 * @param value how well the result does on this criterion, 0-1
	 * @param weight the configured weight as a share of all weights, 0-1
	 * @param points value x weight x 100: what it added to the score
	 */
	public record Component(double value, double weight, double points) {

		static Component of(double value, double weight, double totalWeight) {
			double clamped = Math.max(0, Math.min(1, value));
			double share = weight / totalWeight;
			return new Component(clamped, share, clamped * share * 100);
		}

	}

}
