package io.slotwise.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.resources.VisitTypeId;

/**
 * An in-memory stand-in for the resources module's catalog (another module, built in
 * parallel): scheduling's tests arrange locations, practitioners, rooms and equipment
 * here. PostgreSQL and Redis stay real.
 */
public class TestCatalog implements SchedulingCatalog {

	private final Map<LocationId, Location> locations = new ConcurrentHashMap<>();

	private final Map<VisitTypeId, VisitRequirements> visitTypes = new ConcurrentHashMap<>();

	private final Map<String, LocalTime[]> hours = new ConcurrentHashMap<>();

	private final Set<String> offers = ConcurrentHashMap.newKeySet();

	private final Map<String, List<BookableResource>> rooms = new ConcurrentHashMap<>();

	private final Map<String, List<BookableResource>> equipment = new ConcurrentHashMap<>();

	public Location addLocation(String zone) {
		Location location = new Location(new LocationId(UUID.randomUUID()), "Clinic", "10001", ZoneId.of(zone));
		this.locations.put(location.id(), location);
		return location;
	}

	public VisitRequirements addVisitType(Duration duration, String roomCapability, String... equipmentTypes) {
		VisitRequirements visit = new VisitRequirements(new VisitTypeId(UUID.randomUUID()), "Visit", "GENERAL",
				duration, Optional.ofNullable(roomCapability), List.of(equipmentTypes));
		this.visitTypes.put(visit.visitType(), visit);
		return visit;
	}

	public PractitionerId addPractitioner(UUID id, LocationId location, LocalTime from, LocalTime to,
			VisitTypeId... visits) {
		PractitionerId practitioner = new PractitionerId(id);
		this.hours.put(key(practitioner, location), new LocalTime[] { from, to });
		for (VisitTypeId visit : visits) {
			this.offers.add(key(practitioner, location) + visit.value());
		}
		return practitioner;
	}

	public BookableResource addRoom(UUID id, LocationId location, String capability) {
		return add(this.rooms, location.value() + capability, new BookableResource(BookableResource.Kind.ROOM, id));
	}

	public BookableResource addEquipmentUnit(UUID id, LocationId location, String type) {
		return add(this.equipment, location.value() + type, new BookableResource(BookableResource.Kind.EQUIPMENT, id));
	}

	@Override
	public Optional<Location> location(LocationId location) {
		return Optional.ofNullable(this.locations.get(location));
	}

	@Override
	public Optional<VisitRequirements> visitRequirements(VisitTypeId visitType) {
		return Optional.ofNullable(this.visitTypes.get(visitType));
	}

	@Override
	public List<WorkingWindow> workingWindows(PractitionerId practitioner, LocationId location, LocalDate from,
			LocalDate to) {
		LocalTime[] span = this.hours.get(key(practitioner, location));
		Location where = this.locations.get(location);
		List<WorkingWindow> windows = new ArrayList<>();
		if (span == null || where == null) {
			return windows;
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			windows.add(new WorkingWindow(day.atTime(span[0]).atZone(where.timeZone()).toInstant(),
					day.atTime(span[1]).atZone(where.timeZone()).toInstant()));
		}
		return windows;
	}

	@Override
	public List<BookableResource> roomsWith(LocationId location, String capability) {
		return this.rooms.getOrDefault(location.value() + capability, List.of());
	}

	@Override
	public List<BookableResource> equipmentUnits(LocationId location, String equipmentType) {
		return this.equipment.getOrDefault(location.value() + equipmentType, List.of());
	}

	@Override
	public boolean worksAt(PractitionerId practitioner, LocationId location) {
		String prefix = key(practitioner, location);
		return this.offers.stream().anyMatch((offer) -> offer.startsWith(prefix));
	}

	@Override
	public boolean offers(PractitionerId practitioner, LocationId location, VisitTypeId visitType) {
		return this.offers.contains(key(practitioner, location) + visitType.value());
	}

	/** The practitioners working at the location, by id. */
	public List<PractitionerId> practitionersAt(LocationId location) {
		return this.hours.keySet()
			.stream()
			.filter((key) -> key.endsWith("@" + location.value()))
			.map((key) -> new PractitionerId(UUID.fromString(key.substring(0, key.indexOf('@')))))
			.sorted(Comparator.comparing(PractitionerId::value))
			.toList();
	}

	private static BookableResource add(Map<String, List<BookableResource>> byKey, String key,
			BookableResource resource) {
		byKey.compute(key, (unused, existing) -> {
			List<BookableResource> all = new ArrayList<>((existing != null) ? existing : List.of());
			all.add(resource);
			all.sort(Comparator.comparing(BookableResource::id));
			return List.copyOf(all);
		});
		return resource;
	}

	private static String key(PractitionerId practitioner, LocationId location) {
		return practitioner.value() + "@" + location.value();
	}

}
