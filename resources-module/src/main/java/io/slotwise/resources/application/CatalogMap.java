package io.slotwise.resources.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.FindPractitioners.PractitionerNearby;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.domain.BoundingBox;

/**
 * An immutable in-memory copy of who works where, for the radius search: locations sorted
 * by latitude (a binary search cuts the bounding box's band, exact great-circle distances
 * keep the circle), practitioners listed per location. A 10-mile search in a metro of the
 * large network touches some dozens of locations and a few hundred practitioners, well
 * under a millisecond.
 */
final class CatalogMap {

	private final long version;

	private final LocationDetails[] byLatitude;

	private final double[] latitudes;

	private final Map<LocationId, List<Practitioner>> workingAt;

	CatalogMap(long version, List<LocationDetails> locations, List<Practitioner> practitioners) {
		this.version = version;
		this.byLatitude = locations.stream()
			.sorted(Comparator.comparingDouble((LocationDetails location) -> location.coordinates().latitude()))
			.toArray(LocationDetails[]::new);
		this.latitudes = Arrays.stream(this.byLatitude)
			.mapToDouble((location) -> location.coordinates().latitude())
			.toArray();
		Map<LocationId, List<Practitioner>> at = new HashMap<>();
		practitioners.forEach((practitioner) -> practitioner.locations()
			.forEach((location) -> at.computeIfAbsent(location, (id) -> new ArrayList<>()).add(practitioner)));
		this.workingAt = at;
	}

	long version() {
		return this.version;
	}

	/**
	 * The same answer, order and ties as the former SQL ranking: nearest location in the
	 * radius, then higher rating (none last), then id in PostgreSQL's uuid order.
	 */
	List<PractitionerNearby> near(NearbySearch search, int maxLocations) {
		Map<LocationId, NearbyLocation> nearby = new HashMap<>();
		locationsNear(search, maxLocations).forEach((location) -> nearby.put(location.location().id(), location));
		// One instance per practitioner in a map: identity is equality and cheaper to
		// hash.
		Map<Practitioner, Double> nearest = new IdentityHashMap<>();
		for (NearbyLocation location : nearby.values()) {
			for (Practitioner practitioner : this.workingAt.getOrDefault(location.location().id(), List.of())) {
				if (matches(practitioner, search.filter())) {
					nearest.merge(practitioner, location.distance().kilometres(), Math::min);
				}
			}
		}
		return nearest.entrySet()
			.stream()
			.sorted(Map.Entry.<Practitioner, Double>comparingByValue()
				.thenComparing(Map.Entry::getKey, CatalogMap::byRatingThenId))
			.limit(search.limit())
			.map(Map.Entry::getKey)
			.map((practitioner) -> new PractitionerNearby(practitioner,
					practitioner.locations()
						.stream()
						.map(nearby::get)
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(NearbyLocation::distance))
						.toList()))
			.toList();
	}

	private List<NearbyLocation> locationsNear(NearbySearch search, int maxLocations) {
		BoundingBox box = BoundingBox.around(search.origin(), search.radius());
		int from = firstAtOrAbove(box.minLatitude());
		List<NearbyLocation> found = new ArrayList<>();
		for (int i = from; i < this.byLatitude.length && this.latitudes[i] <= box.maxLatitude(); i++) {
			LocationDetails location = this.byLatitude[i];
			double longitude = location.coordinates().longitude();
			if (longitude < box.minLongitude() || longitude > box.maxLongitude()) {
				continue;
			}
			if (search.filter().location() != null && !location.id().equals(search.filter().location())) {
				continue;
			}
			NearbyLocation candidate = new NearbyLocation(location, search.origin().distanceTo(location.coordinates()));
			if (candidate.distance().compareTo(search.radius()) <= 0) {
				found.add(candidate);
			}
		}
		found.sort(Comparator.comparing(NearbyLocation::distance)
			.thenComparing((nearby) -> nearby.location().id().value()));
		return (found.size() > maxLocations) ? found.subList(0, maxLocations) : found;
	}

	private int firstAtOrAbove(double latitude) {
		int low = 0;
		int high = this.latitudes.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.latitudes[mid] < latitude) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static boolean matches(Practitioner practitioner, PractitionerFilter filter) {
		return (filter.specialty() == null || practitioner.specialties().contains(filter.specialty()))
				&& (filter.language() == null || practitioner.languages().contains(filter.language()))
				&& (filter.insurancePlan() == null || practitioner.insurancePlans().contains(filter.insurancePlan()));
	}

	private static int byRatingThenId(Practitioner a, Practitioner b) {
		double ratingA = a.rating().orElse(Double.NEGATIVE_INFINITY);
		double ratingB = b.rating().orElse(Double.NEGATIVE_INFINITY);
		if (ratingA != ratingB) {
			return Double.compare(ratingB, ratingA);
		}
		// PostgreSQL orders uuids as unsigned bytes; UUID.compareTo compares signed
		// longs.
		int high = Long.compareUnsigned(a.id().value().getMostSignificantBits(),
				b.id().value().getMostSignificantBits());
		return (high != 0) ? high : Long.compareUnsigned(a.id().value().getLeastSignificantBits(),
				b.id().value().getLeastSignificantBits());
	}

}
