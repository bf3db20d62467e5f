package io.slotwise.resources.adapter.in.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Distance;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Room;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Public location queries: patients look for a place before they sign in.
 */
@Controller
class LocationQueries {

	static final double DEFAULT_RADIUS_MILES = 10;

	static final double MAX_RADIUS_MILES = 100;

	private final BrowseLocations browse;

	private final Geocoder geocoder;

	LocationQueries(BrowseLocations browse, Geocoder geocoder) {
		this.browse = browse;
		this.geocoder = geocoder;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<LocationDetails> locations(ScrollSubrange subrange) {
		return Pages.window(subrange, this.browse::details);
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	@Nullable LocationDetails location(@Argument LocationId id) {
		return this.browse.details(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<NearbyLocation> locationsNear(@Argument String zip, @Argument @Nullable Double radiusMiles,
			@Argument @Nullable Double radiusKm, ScrollSubrange subrange) {
		Distance radius = radius(radiusMiles, radiusKm);
		Geocoder.Located origin = switch (this.geocoder.locate(zip)) {
			case Geocoder.Located located -> located;
			case Geocoder.Rejected rejected -> throw UserErrors.query(rejected.error());
		};
		// The whole radius is small (a few hundred locations at most), so it is computed
		// once and paged in memory.
		return Pages.window(subrange, this.browse.near(origin.point(), radius, Integer.MAX_VALUE));
	}

	private static Distance radius(@Nullable Double miles, @Nullable Double km) {
		if (miles != null && km != null) {
			throw UserErrors.query(CatalogError.Code.VALIDATION_FAILED, "radiusKm",
					"Give radiusMiles or radiusKm, not both");
		}
		double radiusMiles = (km != null) ? km / Distance.KM_PER_MILE : (miles != null) ? miles : DEFAULT_RADIUS_MILES;
		// Checked before a Distance exists: a negative or NaN radius is bad input, not a
		// bug.
		if (!(radiusMiles > 0 && radiusMiles <= MAX_RADIUS_MILES)) {
			throw UserErrors.query(CatalogError.Code.VALIDATION_FAILED, (km != null) ? "radiusKm" : "radiusMiles",
					"The radius must be positive and at most " + MAX_RADIUS_MILES + " miles");
		}
		return Distance.ofMiles(radiusMiles);
	}

	@SchemaMapping(typeName = "Location", field = "id")
	@PreAuthorize("permitAll()")
	String id(LocationDetails location) {
		return location.id().value().toString();
	}

	@SchemaMapping(typeName = "Location", field = "timeZone")
	@PreAuthorize("permitAll()")
	String timeZone(LocationDetails location) {
		return location.timeZone().getId();
	}

	/** One query for the rooms of a whole page of locations. */
	@BatchMapping(typeName = "Location", field = "rooms")
	@PreAuthorize("permitAll()")
	Map<LocationDetails, List<Room>> rooms(List<LocationDetails> locations) {
		Map<LocationId, List<Room>> byLocation = this.browse.rooms(ids(locations))
			.stream()
			.collect(Collectors.groupingBy(Room::location));
		return Batches.perSource(locations, (location) -> byLocation.getOrDefault(location.id(), List.of()));
	}

	/**
	 * One query for the equipment (and one for its units) of a whole page of locations.
	 */
	@BatchMapping(typeName = "Location", field = "equipment")
	@PreAuthorize("permitAll()")
	Map<LocationDetails, List<Equipment>> equipment(List<LocationDetails> locations) {
		Map<LocationId, List<Equipment>> byLocation = this.browse.equipment(ids(locations))
			.stream()
			.collect(Collectors.groupingBy(Equipment::location));
		return Batches.perSource(locations, (location) -> byLocation.getOrDefault(location.id(), List.of()));
	}

	private static Set<LocationId> ids(List<LocationDetails> locations) {
		return locations.stream().map(LocationDetails::id).collect(Collectors.toSet());
	}

	@SchemaMapping(typeName = "NearbyLocation", field = "distanceKm")
	@PreAuthorize("permitAll()")
	double distanceKm(NearbyLocation nearby) {
		return Math.round(nearby.distance().kilometres() * 100) / 100.0;
	}

	@SchemaMapping(typeName = "NearbyLocation", field = "distanceMiles")
	@PreAuthorize("permitAll()")
	double distanceMiles(NearbyLocation nearby) {
		return Math.round(nearby.distance().miles() * 100) / 100.0;
	}

	@SchemaMapping(typeName = "Room", field = "id")
	@PreAuthorize("permitAll()")
	String roomId(Room room) {
		return room.id().value().toString();
	}

	@SchemaMapping(typeName = "Equipment", field = "id")
	@PreAuthorize("permitAll()")
	String equipmentId(Equipment equipment) {
		return equipment.id().value().toString();
	}

	@SchemaMapping(typeName = "Equipment", field = "unitCount")
	@PreAuthorize("permitAll()")
	int unitCount(Equipment equipment) {
		return equipment.units().size();
	}

	@SchemaMapping(typeName = "Equipment", field = "unitIds")
	@PreAuthorize("permitAll()")
	List<String> unitIds(Equipment equipment) {
		return equipment.units().stream().map(Object::toString).toList();
	}

}
