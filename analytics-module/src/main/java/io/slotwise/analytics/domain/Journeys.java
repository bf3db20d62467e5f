package io.slotwise.analytics.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Journeys handed out by the API and the patient pseudonyms they were linked to.
 */
public interface Journeys {

	/** Registers the journey if it is new. */
	void begin(UUID journey, Instant at);

	/** Links the journey to the patient's pseudonym (a later link wins for new facts). */
	void link(UUID journey, String patientKey, Instant at);

}
