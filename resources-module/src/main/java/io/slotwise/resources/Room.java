package io.slotwise.resources;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A room at a location. Capabilities say what can happen in it (e.g. {@code EXAM},
 * {@code PROCEDURE}, {@code X_RAY}).
 *
 * @param location where it is
 * @param name display name, e.g. "Exam 2"
 * @param capabilities UPPER_SNAKE codes, at least one
 */
public record Room(RoomId id, LocationId location, String name, Set<String> capabilities) {

	public Room {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(location, "location");
		name = CatalogRuleBroken.named(name, "name", 100);
		CatalogRuleBroken.require(capabilities != null && !capabilities.isEmpty(), CatalogError.Code.VALIDATION_FAILED,
				"capabilities", "a room has at least one capability");
		capabilities.forEach((capability) -> CatalogRuleBroken.code(capability, "capabilities"));
		capabilities = Collections.unmodifiableSet(new TreeSet<>(capabilities));
	}

}
