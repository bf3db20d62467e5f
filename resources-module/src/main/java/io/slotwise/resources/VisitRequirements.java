package io.slotwise.resources;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a visit type needs in order to be booked, as scheduling sees it.
 *
 * @param specialty the specialty that offers it (e.g. {@code DERMATOLOGY})
 * @param duration the default length of one appointment
 * @param roomCapability capability a room must have (e.g. {@code PROCEDURE}), if any
 * @param equipmentTypes one unit of each of these equipment types is reserved, if any
 */
public record VisitRequirements(VisitTypeId visitType, String name, String specialty, Duration duration,
		Optional<String> roomCapability, List<String> equipmentTypes) {

	public VisitRequirements {
		Objects.requireNonNull(visitType, "visitType");
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("A visit must last a positive duration");
		}
		roomCapability = Objects.requireNonNullElse(roomCapability, Optional.empty());
		equipmentTypes = List.copyOf(equipmentTypes);
	}

}
