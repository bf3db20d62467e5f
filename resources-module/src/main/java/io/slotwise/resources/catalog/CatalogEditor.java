package io.slotwise.resources.catalog;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;

/**
 * Who changes the catalog, from their verified token: an administrator changes anything;
 * staff change rooms, equipment and working hours only at the locations they work at.
 *
 * @param id the token's subject
 * @param administrator whether the caller holds the ADMIN role
 * @param locations the locations a staff member works at (the token's {@code locations}
 * claim); ignored for administrators
 */
public record CatalogEditor(UUID id, boolean administrator, Set<LocationId> locations) {

	public CatalogEditor {
		Objects.requireNonNull(id, "id");
		locations = Set.copyOf(locations);
	}

	public static CatalogEditor administrator(UUID id) {
		return new CatalogEditor(id, true, Set.of());
	}

	public static CatalogEditor staff(UUID id, Set<LocationId> locations) {
		return new CatalogEditor(id, false, locations);
	}

	/** Rooms, equipment and working hours at this location. */
	public boolean mayEditAt(LocationId location) {
		return this.administrator || this.locations.contains(location);
	}

}
