package io.slotwise.scheduling.calendar.application;

import java.util.Optional;

/**
 * A token that changes whenever the set of practitioners with a calendar connection may
 * have changed, shared by every instance (Redis). Random rather than a counter, so a
 * flushed Redis can never hand out a token an instance remembers from before.
 */
public interface ConnectionTokens {

	/**
	 * The current token (a new one is made when there is none yet); empty when the store
	 * cannot answer, and then nobody may trust what they remember.
	 */
	Optional<String> current();

	/** Replaces the token, so every instance loads the set again at its next look. */
	void renew();

}
