package io.slotwise.resources;

/**
 * A non-negative distance on the Earth's surface.
 */
public record Distance(double kilometres) implements Comparable<Distance> {

	/** International mile. */
	public static final double KM_PER_MILE = 1.609344;

	public Distance {
		if (!(kilometres >= 0) || Double.isInfinite(kilometres)) {
			throw new IllegalArgumentException("A distance is a finite, non-negative number: " + kilometres);
		}
	}

	public static Distance ofKilometres(double kilometres) {
		return new Distance(kilometres);
	}

	public static Distance ofMiles(double miles) {
		return new Distance(miles * KM_PER_MILE);
	}

	public double miles() {
		return this.kilometres / KM_PER_MILE;
	}

	@Override
	public int compareTo(Distance other) {
		return Double.compare(this.kilometres, other.kilometres);
	}

}
