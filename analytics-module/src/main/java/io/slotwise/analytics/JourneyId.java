package io.slotwise.analytics;

import java.util.UUID;

/**
 * A pseudonymous visit through the funnel, handed out by the API before anyone signs in.
 */
public record JourneyId(UUID value) {

	public static JourneyId of(String value) {
		return new JourneyId(UUID.fromString(value));
	}

	public static JourneyId random() {
		return new JourneyId(UUID.randomUUID());
	}

}
