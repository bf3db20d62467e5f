package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of the equipment stock of one type at a location.
 */
public record EquipmentId(UUID value) {

	public EquipmentId {
		Objects.requireNonNull(value, "equipment id");
	}

	/**
	 * Parses the canonical UUID form; Spring's conversion binds GraphQL arguments with
	 * it.
	 */
	public static EquipmentId of(String value) {
		return new EquipmentId(UUID.fromString(value));
	}

}
