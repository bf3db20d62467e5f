package io.slotwise.resources.domain;

import java.util.Set;

/**
 * What the rooms and equipment of a place (one location, or the whole network) offer.
 *
 * @param capabilities union of the capabilities of its rooms
 * @param equipmentTypes equipment types with at least one unit there
 */
public record Amenities(Set<String> capabilities, Set<String> equipmentTypes) {

	public Amenities {
		capabilities = Set.copyOf(capabilities);
		equipmentTypes = Set.copyOf(equipmentTypes);
	}

}
