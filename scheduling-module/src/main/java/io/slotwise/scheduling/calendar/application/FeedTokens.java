package io.slotwise.scheduling.calendar.application;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;

/**
 * The current appointment-feed token of each practitioner, stored as its SHA-256 only.
 */
public interface FeedTokens {

	/** Replaces the practitioner's token: the previous one stops working. */
	void replace(PractitionerId practitioner, byte[] tokenHash, Instant at);

	/**
	 * @return whether the practitioner had a token
	 */
	boolean revoke(PractitionerId practitioner);

	Optional<PractitionerId> practitionerOf(byte[] tokenHash);

}
