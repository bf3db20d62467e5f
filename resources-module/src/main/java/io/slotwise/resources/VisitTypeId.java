package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a visit type.
 *
 * @param value the id
 */
public record VisitTypeId(UUID value) {

	public VisitTypeId {
		Objects.requireNonNull(value, "visit type id");
	}

}
