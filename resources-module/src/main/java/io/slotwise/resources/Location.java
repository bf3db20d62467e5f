package io.slotwise.resources;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A practice location as other modules see it: where it is and which zone its clocks use.
 *
 * @param zip five-digit US ZIP code
 * @param timeZone IANA zone in which the location's hours and slots are defined
 */
public record Location(LocationId id, String name, String zip, ZoneId timeZone) {

	public Location {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(timeZone, "timeZone");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A location needs a name");
		}
	}

}
