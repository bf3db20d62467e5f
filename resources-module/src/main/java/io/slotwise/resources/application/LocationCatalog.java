package io.slotwise.resources.application;

import java.util.List;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.Location;
import io.slotwise.resources.domain.Locations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the location catalog.
 */
@Service
@Transactional(readOnly = true)
class LocationCatalog implements BrowseLocations {

	private final Locations locations;

	LocationCatalog(Locations locations) {
		this.locations = locations;
	}

	@Override
	public List<Location> locations(int offset, int limit) {
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
		}
		return this.locations.page(offset, limit);
	}

}
