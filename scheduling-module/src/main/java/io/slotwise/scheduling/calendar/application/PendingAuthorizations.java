package io.slotwise.scheduling.calendar.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarKind;

/**
 * OAuth flows between their start and the provider's callback, by state. A state is used
 * once.
 */
public interface PendingAuthorizations {

	void save(Pending pending);

	/** Removes and returns the flow, if it exists and has not expired. */
	Optional<Pending> take(String state, Instant now);

	/**
	 * @param codeVerifier the PKCE secret; encrypted at rest
	 */
	record Pending(String state, PractitionerId practitioner, CalendarKind kind, String codeVerifier, Duration buffer,
			Instant expiresAt) {

		@Override
		public String toString() {
			return "Pending[" + this.practitioner + ", " + this.kind + "]";
		}

	}

}
