package io.slotwise.resources.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds practitioners; the radius search reads an in-memory map of the catalog, checked
 * against the catalog version on every call (docs/adr/0025).
 */
@Service
@Transactional(readOnly = true)
class PractitionerDirectory implements FindPractitioners {

	/** More locations than any radius a patient would drive covers in our networks. */
	private static final int MAX_LOCATIONS = 5_000;

	private final Practitioners practitioners;

	private final Schedules schedules;

	private final CatalogMaps maps;

	PractitionerDirectory(Practitioners practitioners, Schedules schedules, CatalogMaps maps) {
		this.practitioners = practitioners;
		this.schedules = schedules;
		this.maps = maps;
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

	/** Memory only (and the version check): no transaction of its own. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PractitionerNearby> near(NearbySearch search) {
		return this.maps.current().near(search, MAX_LOCATIONS);
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
