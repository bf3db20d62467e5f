package io.slotwise.resources.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.SchedulingCatalog.Bookable;
import io.slotwise.resources.SchedulingCatalog.Plannable;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.domain.BestFit;
import io.slotwise.resources.domain.Facilities;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;
import io.slotwise.resources.domain.VisitTypes;
import io.slotwise.resources.domain.WorkingSchedule;

/**
 * {@link io.slotwise.resources.SchedulingCatalog#bookable} for many pairs in a fixed
 * number of queries (visit type, practitioners, locations, working hours, rooms,
 * equipment), applying the same rules as the one-pair questions of
 * {@link SchedulingFacts}.
 */
final class BookableFacts {

	private final Locations locations;

	private final VisitTypes visitTypes;

	private final Practitioners practitioners;

	private final Schedules schedules;

	private final Facilities facilities;

	BookableFacts(Locations locations, VisitTypes visitTypes, Practitioners practitioners, Schedules schedules,
			Facilities facilities) {
		this.locations = locations;
		this.visitTypes = visitTypes;
		this.practitioners = practitioners;
		this.schedules = schedules;
		this.facilities = facilities;
	}

	/**
	 * The facts of the pairs that offer the visit type, in a fixed number of queries;
	 * empty when the visit type does not exist or nothing was asked.
	 */
	Optional<Loaded> load(VisitTypeId visitTypeId, Collection<PractitionerAt> asked) {
		Optional<VisitType> found = this.visitTypes.find(visitTypeId);
		if (found.isEmpty() || asked.isEmpty()) {
			return Optional.empty();
		}
		VisitType type = found.get();
		List<PractitionerAt> pairs = asked.stream().distinct().toList();
		Set<LocationId> locationIds = pairs.stream().map(PractitionerAt::location).collect(Collectors.toSet());
		Map<LocationId, LocationDetails> places = this.locations.findAll(locationIds)
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, Function.identity()));
		Map<PractitionerId, Practitioner> people = this.practitioners
			.findAll(pairs.stream().map(PractitionerAt::practitioner).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Practitioner::id, Function.identity()));
		Map<LocationId, List<Room>> rooms = this.facilities.rooms(locationIds)
			.stream()
			.collect(Collectors.groupingBy(Room::location));
		Map<LocationId, List<Equipment>> equipment = this.facilities.equipment(locationIds)
			.stream()
			.collect(Collectors.groupingBy(Equipment::location));
		List<PractitionerAt> offered = pairs.stream()
			.filter((pair) -> offers(type, pair, places, people, rooms, equipment))
			.toList();
		return Optional.of(new Loaded(type, offered, this.schedules.of(offered), places, rooms, equipment));
	}

	/**
	 * What the answer for any days is computed from: the pairs that offer the visit type
	 * and their hours (in the same order), their places, rooms and equipment. Immutable
	 * once loaded, so it can be remembered.
	 */
	record Loaded(VisitType type, List<PractitionerAt> offered, List<WorkingHours> hours,
			Map<LocationId, LocationDetails> places, Map<LocationId, List<Room>> rooms,
			Map<LocationId, List<Equipment>> equipment) {

		Loaded {
			offered = List.copyOf(offered);
			hours = List.copyOf(hours);
			places = Map.copyOf(places);
			rooms = Map.copyOf(rooms);
			equipment = Map.copyOf(equipment);
		}

		/**
		 * Each pair's facts on its own (the pairs that do not offer the visit type
		 * absent), so that they can be remembered pair by pair; the location, rooms and
		 * equipment lists are shared, not copied.
		 */
		Map<PractitionerAt, Loaded> each() {
			Map<PractitionerAt, Loaded> each = new HashMap<>();
			for (int i = 0; i < this.offered.size(); i++) {
				PractitionerAt pair = this.offered.get(i);
				LocationId here = pair.location();
				each.put(pair, new Loaded(this.type, List.of(pair), List.of(this.hours.get(i)),
						Map.of(here, this.places.get(here)), onlyAt(this.rooms, here), onlyAt(this.equipment, here)));
			}
			return each;
		}

		/** Facts of a pair that does not offer the visit type: nothing to plan with. */
		Loaded none() {
			return new Loaded(this.type, List.of(), List.of(), Map.of(), Map.of(), Map.of());
		}

		private static <T> Map<LocationId, List<T>> onlyAt(Map<LocationId, List<T>> all, LocationId here) {
			List<T> found = all.get(here);
			return (found != null) ? Map.of(here, found) : Map.of();
		}

		/**
		 * The pair's facts over the day of {@code start} and the next, in its location's
		 * zone; empty when it does not offer the visit type.
		 */
		Optional<Plannable> plannable(PractitionerAt pair, Instant start) {
			LocationDetails place = this.places.get(pair.location());
			if (place == null || !this.offered.contains(pair)) {
				return Optional.empty();
			}
			LocalDate day = start.atZone(place.timeZone()).toLocalDate();
			return Optional.ofNullable(answer(day, day.plusDays(1)).get(pair))
				.map((bookable) -> new Plannable(this.type.requirements(), bookable));
		}

		Map<PractitionerAt, Bookable> answer(LocalDate from, LocalDate to) {
			Map<PractitionerAt, Bookable> answer = new HashMap<>();
			for (int i = 0; i < this.offered.size(); i++) {
				PractitionerAt pair = this.offered.get(i);
				LocationDetails place = this.places.get(pair.location());
				List<Room> here = this.rooms.getOrDefault(pair.location(), List.of());
				answer.put(pair, new Bookable(place.location(),
						new WorkingSchedule(this.hours.get(i), place.timeZone()).windows(from, to),
						this.type.roomCapability().map((capability) -> roomsWith(here, capability)).orElse(List.of()),
						units(this.type, this.equipment.getOrDefault(pair.location(), List.of()))));
			}
			return answer;
		}

	}

	/** The rule of {@link SchedulingFacts#offers}, on facts already loaded. */
	private static boolean offers(VisitType type, PractitionerAt pair, Map<LocationId, LocationDetails> places,
			Map<PractitionerId, Practitioner> people, Map<LocationId, List<Room>> rooms,
			Map<LocationId, List<Equipment>> equipment) {
		if (!places.containsKey(pair.location())
				|| (!type.locations().isEmpty() && !type.locations().contains(pair.location()))) {
			return false;
		}
		Practitioner practitioner = people.get(pair.practitioner());
		if (practitioner == null || !practitioner.locations().contains(pair.location())
				|| !practitioner.specialties().contains(type.specialty())) {
			return false;
		}
		Set<String> capabilities = new HashSet<>();
		rooms.getOrDefault(pair.location(), List.of()).forEach((room) -> capabilities.addAll(room.capabilities()));
		Set<String> equipmentTypes = equipment.getOrDefault(pair.location(), List.of())
			.stream()
			.filter((unit) -> !unit.units().isEmpty())
			.map(Equipment::type)
			.collect(Collectors.toSet());
		return type.roomCapability().map(capabilities::contains).orElse(true)
				&& equipmentTypes.containsAll(type.equipmentTypes());
	}

	private static List<BookableResource> roomsWith(List<Room> rooms, String capability) {
		return BestFit.rooms(rooms.stream().filter((room) -> room.capabilities().contains(capability)).toList())
			.stream()
			.map((room) -> new BookableResource(BookableResource.Kind.ROOM, room.id().value()))
			.toList();
	}

	private static Map<String, List<BookableResource>> units(VisitType type, List<Equipment> equipment) {
		Map<String, List<BookableResource>> units = new HashMap<>();
		for (String wanted : type.equipmentTypes()) {
			units.put(wanted,
					equipment.stream()
						.filter((item) -> item.type().equals(wanted))
						.flatMap((item) -> item.units().stream())
						.sorted(UUID::compareTo)
						.map((id) -> new BookableResource(BookableResource.Kind.EQUIPMENT, id))
						.toList());
		}
		return units;
	}

}
