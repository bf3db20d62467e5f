package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a practitioner.
 */
public record PractitionerId(UUID value) {

	public PractitionerId {
		Objects.requireNonNull(value, "practitioner id");
	}

	/**
	 * Parses the canonical UUID form; Spring's conversion binds GraphQL arguments with
	 * it.
	 */
	public static PractitionerId of(String value) {
		return new PractitionerId(UUID.fromString(value));
	}

}
