package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a room at a location.
 */
public record RoomId(UUID value) {

	public RoomId {
		Objects.requireNonNull(value, "room id");
	}

	/**
	 * Parses the canonical UUID form; Spring's conversion binds GraphQL arguments with
	 * it.
	 */
	public static RoomId of(String value) {
		return new RoomId(UUID.fromString(value));
	}

}
