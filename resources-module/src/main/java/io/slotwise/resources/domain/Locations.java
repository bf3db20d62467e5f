package io.slotwise.resources.domain;

import java.util.List;

import io.slotwise.resources.Location;

/**
 * All practice locations.
 */
public interface Locations {

	List<Location> page(int offset, int limit);

}
