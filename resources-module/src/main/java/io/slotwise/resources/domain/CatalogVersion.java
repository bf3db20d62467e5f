package io.slotwise.resources.domain;

/**
 * A number that moves whenever a practitioner, a location, its opening hours or who works
 * where changes, in the same transaction as the change (a database trigger), so a copy of
 * the catalog tagged with it knows whether it is still current.
 */
public interface CatalogVersion {

	/** Both numbers, in one statement. */
	Versions read();

	/**
	 * @param catalog moves whenever a practitioner, a location, its opening hours or who
	 * works where changes (V1_10)
	 * @param planning moves whenever anything a booking plans with or a search is checked
	 * against changes: what {@code catalog} covers and also rooms, equipment, visit
	 * types, working hours and insurance plans (the sum of two counters that only grow,
	 * V1_11, V1_12)
	 */
	record Versions(long catalog, long planning) {
	}

}
