package io.slotwise.resources.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.Distance;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Room;
import io.slotwise.resources.domain.BoundingBox;
import io.slotwise.resources.domain.Facilities;
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

	private final Facilities facilities;

	LocationCatalog(Locations locations, Facilities facilities) {
		this.locations = locations;
		this.facilities = facilities;
	}

	@Override
	public List<Location> locations(int offset, int limit) {
		requirePage(offset, limit);
		return this.locations.page(offset, limit);
	}

	@Override
	public List<LocationDetails> details(int offset, int limit) {
		requirePage(offset, limit);
		return this.locations.detailsPage(offset, limit);
	}

	@Override
	public Optional<LocationDetails> details(LocationId id) {
		return this.locations.find(id);
	}

	@Override
	public List<LocationDetails> detailsOf(Collection<LocationId> ids) {
		return this.locations.findAll(ids);
	}

	/**
	 * An indexed bounding-box query gives a superset; exact great-circle distances then
	 * keep the points inside the circle.
	 */
	@Override
	public List<NearbyLocation> near(GeoPoint origin, Distance radius, int limit) {
		return this.locations.inside(BoundingBox.around(origin, radius))
			.stream()
			.map((location) -> new NearbyLocation(location, origin.distanceTo(location.coordinates())))
			.filter((nearby) -> nearby.distance().compareTo(radius) <= 0)
			.sorted(Comparator.comparing(NearbyLocation::distance)
				.thenComparing((nearby) -> nearby.location().id().value()))
			.limit(limit)
			.toList();
	}

	@Override
	public List<Room> rooms(LocationId location) {
		return this.facilities.rooms(location);
	}

	@Override
	public List<Equipment> equipment(LocationId location) {
		return this.facilities.equipment(location);
	}

	@Override
	public List<Room> rooms(Collection<LocationId> locations) {
		return this.facilities.rooms(locations);
	}

	@Override
	public List<Equipment> equipment(Collection<LocationId> locations) {
		return this.facilities.equipment(locations);
	}

	static void requirePage(int offset, int limit) {
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
		}
	}

}
