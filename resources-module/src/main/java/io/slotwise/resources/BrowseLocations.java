package io.slotwise.resources;

import java.util.List;

/**
 * Lists the practice's locations, alphabetically, a page at a time.
 */
public interface BrowseLocations {

	/**
	 * @param offset how many locations to skip
	 * @param limit how many to return at most
	 * @return the locations ordered by name, then id
	 */
	List<Location> locations(int offset, int limit);

}
