package io.slotwise.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * A patient, identified by the subject of their access token.
 */
public record PatientId(UUID value) {

	public PatientId {
		Objects.requireNonNull(value, "patient id");
	}

	/**
	 * Parses the textual form, so Spring's conversion can bind it from a GraphQL
	 * argument.
	 */
	public static PatientId of(String value) {
		return new PatientId(UUID.fromString(value));
	}

}
