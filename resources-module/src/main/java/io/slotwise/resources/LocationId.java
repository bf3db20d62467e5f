package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a practice location.
 */
public record LocationId(UUID value) {

	public LocationId {
		Objects.requireNonNull(value, "location id");
	}

	/**
	 * Parses the canonical UUID form; Spring's conversion binds GraphQL arguments with
	 * it.
	 */
	public static LocationId of(String value) {
		return new LocationId(UUID.fromString(value));
	}

}
