package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a visit type.
 */
public record VisitTypeId(UUID value) {

	public VisitTypeId {
		Objects.requireNonNull(value, "visit type id");
	}

	/**
	 * Parses the canonical UUID form; Spring's conversion binds GraphQL arguments with
	 * it.
	 */
	public static VisitTypeId of(String value) {
		return new VisitTypeId(UUID.fromString(value));
	}

}
