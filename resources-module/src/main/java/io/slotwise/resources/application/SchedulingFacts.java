package io.slotwise.resources.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.domain.Amenities;
import io.slotwise.resources.domain.BestFit;
import io.slotwise.resources.domain.Facilities;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;
import io.slotwise.resources.domain.VisitTypes;
import io.slotwise.resources.domain.WorkingSchedule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers scheduling's questions about the catalog.
 */
@Service
@Transactional(readOnly = true)
class SchedulingFacts implements SchedulingCatalog {

	private final Locations locations;

	private final VisitTypes visitTypes;

	private final Practitioners practitioners;

	private final Schedules schedules;

	private final Facilities facilities;

	private final BookableFacts bookable;

	private final PlanningMemory planning;

	SchedulingFacts(Locations locations, VisitTypes visitTypes, Practitioners practitioners, Schedules schedules,
			Facilities facilities, CatalogVersions versions) {
		this.locations = locations;
		this.visitTypes = visitTypes;
		this.practitioners = practitioners;
		this.schedules = schedules;
		this.facilities = facilities;
		this.bookable = new BookableFacts(locations, visitTypes, practitioners, schedules, facilities);
		this.planning = new PlanningMemory(versions, this.bookable);
	}

	/**
	 * Without a transaction: a remembered answer costs one autocommit read of the
	 * version, and the facts need no snapshot beyond what the version stands for.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Plannable> plannable(VisitTypeId visitType, PractitionerAt pair, Instant start) {
		return this.planning.of(visitType, pair).flatMap((loaded) -> loaded.plannable(pair, start));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<PractitionerAt, Bookable> bookable(VisitTypeId visitType, Collection<PractitionerAt> pairs,
			LocalDate from, LocalDate to) {
		return bookableVisit(visitType, pairs, from, to).map(BookableVisit::pairs).orElse(Map.of());
	}

	/**
	 * From the facts remembered per pair and planning version (one single-row read when
	 * all are known), without a transaction of its own, as {@link #plannable}.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<BookableVisit> bookableVisit(VisitTypeId visitType, Collection<PractitionerAt> pairs,
			LocalDate from, LocalDate to) {
		Map<PractitionerAt, BookableFacts.Loaded> facts = this.planning.ofAll(visitType, pairs);
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		Map<PractitionerAt, Bookable> answer = new HashMap<>();
		facts.values().forEach((loaded) -> answer.putAll(loaded.answer(from, to)));
		return Optional.of(new BookableVisit(facts.values().iterator().next().type().requirements(), answer));
	}

	@Override
	public Optional<Location> location(LocationId location) {
		return this.locations.find(location).map(LocationDetails::location);
	}

	@Override
	public Optional<VisitRequirements> visitRequirements(VisitTypeId visitType) {
		return this.visitTypes.find(visitType).map(VisitType::requirements);
	}

	@Override
	public List<WorkingWindow> workingWindows(PractitionerId practitioner, LocationId location, LocalDate from,
			LocalDate to) {
		return this.locations.find(location)
			.map((found) -> new WorkingSchedule(this.schedules.of(practitioner, location), found.timeZone())
				.windows(from, to))
			.orElse(List.of());
	}

	@Override
	public Map<PractitionerAt, List<WorkingWindow>> workingWindows(Collection<PractitionerAt> pairs, LocalDate from,
			LocalDate to) {
		if (pairs.isEmpty()) {
			return Map.of();
		}
		Map<LocationId, ZoneId> zones = this.locations
			.findAll(pairs.stream().map(PractitionerAt::location).distinct().toList())
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, LocationDetails::timeZone));
		Map<PractitionerAt, List<WorkingWindow>> windows = new HashMap<>();
		this.schedules.of(pairs)
			.stream()
			.filter((hours) -> zones.containsKey(hours.location()))
			.forEach((hours) -> windows.put(new PractitionerAt(hours.practitioner(), hours.location()),
					new WorkingSchedule(hours, zones.get(hours.location())).windows(from, to)));
		return windows;
	}

	@Override
	public List<BookableResource> roomsWith(LocationId location, String capability) {
		return BestFit.rooms(this.facilities.roomsWith(location, capability))
			.stream()
			.map((room) -> new BookableResource(BookableResource.Kind.ROOM, room.id().value()))
			.toList();
	}

	/**
	 * Sorted by {@link java.util.UUID#compareTo} (not PostgreSQL's uuid order, which
	 * differs) so that a caller sorting resources in Java agrees with this list.
	 */

	@Override
	public List<BookableResource> equipmentUnits(LocationId location, String equipmentType) {
		return this.facilities.units(location, equipmentType)
			.stream()
			.sorted()
			.map((id) -> new BookableResource(BookableResource.Kind.EQUIPMENT, id))
			.toList();
	}

	/**
	 * True when the practitioner works there and has the specialty, the visit type is
	 * offered there, and the location has the room capability and equipment it needs.
	 */
	@Override
	public boolean worksAt(PractitionerId practitioner, LocationId location) {
		return this.practitioners.find(practitioner)
			.filter((found) -> found.locations().contains(location))
			.isPresent();
	}

	@Override
	public boolean offers(PractitionerId practitioner, LocationId location, VisitTypeId visitType) {
		Optional<VisitType> type = this.visitTypes.find(visitType);
		if (type.isEmpty() || (!type.get().locations().isEmpty() && !type.get().locations().contains(location))) {
			return false;
		}
		boolean qualified = this.practitioners.find(practitioner)
			.filter((found) -> found.locations().contains(location))
			.filter((found) -> found.specialties().contains(type.get().specialty()))
			.isPresent();
		if (!qualified) {
			return false;
		}
		Amenities there = this.facilities.at(location);
		return type.get().roomCapability().map(there.capabilities()::contains).orElse(true)
				&& there.equipmentTypes().containsAll(type.get().equipmentTypes());
	}

}
