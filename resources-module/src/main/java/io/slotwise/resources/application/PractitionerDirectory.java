package io.slotwise.resources.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds practitioners; the radius search is two indexed queries whatever the network
 * size: locations in a bounding box, then the practitioners working there who match the
 * filter.
 */
@Service
@Transactional(readOnly = true)
class PractitionerDirectory implements FindPractitioners {

	/** More locations than any radius a patient would drive covers in our networks. */
	private static final int MAX_LOCATIONS = 5_000;

	private final Practitioners practitioners;

	private final Schedules schedules;

	private final BrowseLocations locations;

	PractitionerDirectory(Practitioners practitioners, Schedules schedules, BrowseLocations locations) {
		this.practitioners = practitioners;
		this.schedules = schedules;
		this.locations = locations;
	}

	@Override
	public Optional<Practitioner> practitioner(PractitionerId id) {
		return this.practitioners.find(id);
	}

	@Override
	public List<Practitioner> practitioners(PractitionerFilter filter, int offset, int limit) {
		LocationCatalog.requirePage(offset, limit);
		return this.practitioners.matching(filter, offset, limit);
	}

	@Override
	public List<PractitionerNearby> near(NearbySearch search) {
		Map<LocationId, NearbyLocation> nearby = this.locations.near(search.origin(), search.radius(), MAX_LOCATIONS)
			.stream()
			.filter((candidate) -> search.filter().location() == null
					|| candidate.location().id().equals(search.filter().location()))
			.collect(Collectors.toMap((candidate) -> candidate.location().id(), Function.identity()));
		Map<LocationId, Double> kilometres = nearby.values()
			.stream()
			.collect(Collectors.toMap((candidate) -> candidate.location().id(),
					(candidate) -> candidate.distance().kilometres()));
		List<PractitionerId> ranked = this.practitioners.nearest(kilometres, search.filter(), search.limit());
		return this.practitioners.findAll(ranked)
			.stream()
			.map((practitioner) -> new PractitionerNearby(practitioner,
					practitioner.locations()
						.stream()
						.map(nearby::get)
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(NearbyLocation::distance))
						.toList()))
			.toList();
	}

	@Override
	public WorkingHours workingHours(PractitionerId practitioner, LocationId location) {
		return this.schedules.of(practitioner, location);
	}

	@Override
	public List<Practitioner> practitionersOf(Collection<PractitionerId> ids) {
		return this.practitioners
			.findAll(ids.stream().distinct().sorted(Comparator.comparing(PractitionerId::value)).toList());
	}

	@Override
	public List<WorkingHours> workingHours(Collection<PractitionerAt> pairs) {
		return this.schedules.of(pairs);
	}

}
