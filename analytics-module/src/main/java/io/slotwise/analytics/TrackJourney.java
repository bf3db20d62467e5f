package io.slotwise.analytics;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Client-side steps of a journey (searches and page views, which only the client sees),
 * and the link from an anonymous journey to the patient who signs in during it.
 */
public interface TrackJourney {

	/** A new journey id; nothing is stored until a step is tracked or it is linked. */
	JourneyId start();

	/**
	 * Records a step once: the same {@code step.id()} tracked again changes nothing.
	 * @return false when the journey is unknown or the step was already recorded
	 */
	boolean track(JourneyId journey, TrackedStep step);

	/**
	 * From now on the patient's holds and bookings count towards this journey. Only a
	 * pseudonym of the patient is stored.
	 */
	void link(JourneyId journey, UUID patient);

	/**
	 * @param id the client's idempotency key for this step
	 * @param kind SEARCHED or VIEWED
	 * @param specialty UPPER_SNAKE specialty code searched for or viewed, if any
	 */
	record TrackedStep(UUID id, Kind kind, @Nullable UUID location, @Nullable UUID practitioner,
			@Nullable UUID visitType, @Nullable String specialty) {

		/** Steps only the client sees. */
		public enum Kind {

			SEARCHED, VIEWED

		}

	}

}
