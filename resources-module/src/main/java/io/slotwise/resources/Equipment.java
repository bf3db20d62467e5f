package io.slotwise.resources;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Countable equipment of one type at a location. Each unit has its own id because a
 * booking reserves one unit, not the type.
 *
 * @param id identity of the stock
 * @param location where the units are
 * @param type UPPER_SNAKE equipment type, e.g. {@code ULTRASOUND}
 * @param units ids of the individual units, in a stable order
 */
public record Equipment(EquipmentId id, LocationId location, String type, String name, List<UUID> units) {

	/** More than this at one location is a typo, not a clinic. */
	public static final int MAX_UNITS = 100;

	public Equipment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(location, "location");
		type = CatalogRuleBroken.code(type, "type");
		name = CatalogRuleBroken.named(name, "name", 100);
		units = List.copyOf(units);
		CatalogRuleBroken.require(!units.isEmpty() && units.size() <= MAX_UNITS, CatalogError.Code.VALIDATION_FAILED,
				"units", "equipment has 1-" + MAX_UNITS + " units");
		CatalogRuleBroken.require(units.stream().distinct().count() == units.size(),
				CatalogError.Code.VALIDATION_FAILED, "units", "unit ids must be distinct");
	}

}
