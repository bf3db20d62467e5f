package io.slotwise.resources.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;

/**
 * All practice locations.
 */
public interface Locations {

	List<Location> page(int offset, int limit);

	List<LocationDetails> detailsPage(int offset, int limit);

	Optional<LocationDetails> find(LocationId id);

	/** Locations whose coordinates lie in the box (a superset of a radius search). */
	List<LocationDetails> inside(BoundingBox box);

	/** Every location, in no particular order (the search index loads them all). */
	List<LocationDetails> everywhere();

	List<LocationDetails> findAll(Collection<LocationId> ids);

	/** Which of the ids exist. */
	Set<LocationId> existing(Collection<LocationId> ids);

	/** Inserts or replaces the location and its opening hours. */
	void save(LocationDetails location);

	boolean isEmpty();

}
