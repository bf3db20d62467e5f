package io.slotwise.resources.domain;

/**
 * A number that moves whenever a practitioner, a location, its opening hours or who works
 * where changes, in the same transaction as the change (a database trigger), so a copy of
 * the catalog tagged with it knows whether it is still current.
 */
public interface CatalogVersion {

	long current();

	/**
	 * A number that moves whenever anything a booking plans with changes: what
	 * {@link #current()} covers and also rooms, equipment, visit types and working hours
	 * (the sum of two counters that only grow, read in one statement).
	 */
	long planning();

}
