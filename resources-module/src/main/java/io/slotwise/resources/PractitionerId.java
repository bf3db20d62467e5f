package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a practitioner.
 *
 * @param value the id
 */
public record PractitionerId(UUID value) {

	public PractitionerId {
		Objects.requireNonNull(value, "practitioner id");
	}

}
