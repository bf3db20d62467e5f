package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a equipment at a location.
 *
 * @param value the id
 */
public record EquipmentId(UUID value) {

	public EquipmentId {
		Objects.requireNonNull(value, "equipment id");
	}

}
