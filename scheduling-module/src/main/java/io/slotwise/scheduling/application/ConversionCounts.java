package io.slotwise.scheduling.application;

import java.time.Duration;
import java.util.UUID;

/**
 * Secondary port: holds placed and holds booked, per user and over everybody, shared by
 * all instances.
 */
public interface ConversionCounts {

	/** Counts a placed hold; returns the user's counts after it. */
	Counts placed(UUID user, Duration memory);

	/** Counts a hold that became a booking; returns the user's counts after it. */
	Counts converted(UUID user, Duration memory);

	Counts of(UUID user);

	Counts everybody();

	/**
	 * @param placed holds placed
	 * @param converted of which booked
	 */
	record Counts(long placed, long converted) {

		public double ratio() {
			return (this.placed == 0) ? 0 : Math.min(1, (double) this.converted / this.placed);
		}

	}

}
