package io.slotwise.scheduling.domain.group;

/**
 * How much each kind of disruption counts against a bundle; only the ratios matter. The
 * defaults favour a short, compact visit: time on site and idle gaps first, then moving
 * between practitioners, the preferred time of day, travel, and waiting days.
 *
 * @param timeOnSite minutes from the first start to the last end (4 h counts fully)
 * @param gaps minutes on site in which no member is being seen (2 h counts fully)
 * @param moves practitioners (each in their own room) beyond the first, per member beyond
 * the first
 * @param travel miles from the searched ZIP, per mile of the radius
 * @param timeOfDay minutes of the bundle outside the preferred hours (2 h counts fully)
 * @param soon days after the first searched day, per day of the range
 */
public record DisruptionWeights(double timeOnSite, double gaps, double moves, double travel, double timeOfDay,
		double soon) {

	public DisruptionWeights {
		double[] all = { timeOnSite, gaps, moves, travel, timeOfDay, soon };
		double total = 0;
		for (double weight : all) {
			if (weight < 0 || Double.isNaN(weight)) {
				throw new IllegalArgumentException("Disruption weights must not be negative");
			}
			total += weight;
		}
		if (total <= 0) {
			throw new IllegalArgumentException("At least one disruption weight must be positive");
		}
	}

	public static DisruptionWeights defaults() {
		return new DisruptionWeights(30, 20, 15, 10, 15, 10);
	}

	double total() {
		return this.timeOnSite + this.gaps + this.moves + this.travel + this.timeOfDay + this.soon;
	}

}
