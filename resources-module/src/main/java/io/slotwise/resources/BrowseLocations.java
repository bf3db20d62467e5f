package io.slotwise.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the practice's locations and what is in them.
 */
public interface BrowseLocations {

	/**
	 * @param offset how many locations to skip
	 * @param limit how many to return at most
	 * @return the locations ordered by name, then id
	 */
	List<Location> locations(int offset, int limit);

	/** Same order as {@link #locations(int, int)}, with all details. */
	List<LocationDetails> details(int offset, int limit);

	Optional<LocationDetails> details(LocationId id);

	/** The locations among the ids that exist, in id order. */
	List<LocationDetails> detailsOf(Collection<LocationId> ids);

	/**
	 * Locations within the radius of the origin, nearest first (ties by id).
	 * @param limit at most this many
	 */
	List<NearbyLocation> near(GeoPoint origin, Distance radius, int limit);

	/** Rooms at the location, by name. */
	List<Room> rooms(LocationId location);

	/** Equipment at the location, by type then name. */
	List<Equipment> equipment(LocationId location);

	/** Rooms at any of the locations, by name within a location: one query for a page. */
	List<Room> rooms(Collection<LocationId> locations);

	/** Equipment at any of the locations, by type then name within a location. */
	List<Equipment> equipment(Collection<LocationId> locations);

}
