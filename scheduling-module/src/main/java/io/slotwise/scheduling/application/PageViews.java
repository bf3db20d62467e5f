package io.slotwise.scheduling.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * Secondary port: where page views are kept (Redis in production). Instants are passed in
 * so the window is computed from the injected clock, not the store's.
 */
public interface PageViews {

	/**
	 * Records the view at {@code at} and returns distinct viewers in
	 * {@code (at - window, at]}.
	 */
	int recordAndCount(PractitionerId practitioner, String viewer, Instant at, Duration window);

	/** Distinct viewers in {@code (now - window, now]}. */
	int count(PractitionerId practitioner, Instant now, Duration window);

	/**
	 * {@link #count} for many practitioners, in one round trip where the store allows.
	 */
	default Map<PractitionerId, Integer> counts(Collection<PractitionerId> practitioners, Instant now,
			Duration window) {
		Map<PractitionerId, Integer> counts = new HashMap<>();
		practitioners.forEach((practitioner) -> counts.put(practitioner, count(practitioner, now, window)));
		return counts;
	}

}
