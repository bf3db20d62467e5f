package io.slotwise.resources.application;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.slotwise.resources.Address;
import io.slotwise.resources.CatalogChange;
import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogRuleBroken;
import io.slotwise.resources.Drafts.EquipmentDraft;
import io.slotwise.resources.Drafts.LocationDraft;
import io.slotwise.resources.Drafts.PractitionerDraft;
import io.slotwise.resources.Drafts.RoomDraft;
import io.slotwise.resources.Drafts.VisitTypeDraft;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.CatalogEvent.EquipmentChanged;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.MaintainCatalog;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.CatalogEvent.PractitionerChanged;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.CatalogEvent.RoomChanged;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.CatalogEvent.VisitTypeChanged;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.domain.Facilities;
import io.slotwise.resources.domain.Languages;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;
import io.slotwise.resources.domain.VisitTypes;
import io.slotwise.resources.domain.WorkingSchedule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's changes to the catalog. Every rule is checked before the first write, so a
 * rejected change writes nothing; events are published in the same transaction (the
 * Modulith registry delivers them after commit).
 */
@Service
@Transactional
class CatalogDesk implements MaintainCatalog {

	private final Locations locations;

	private final Practitioners practitioners;

	private final Facilities facilities;

	private final VisitTypes visitTypes;

	private final Schedules schedules;

	private final Geocoder geocoder;

	private final ApplicationEventPublisher events;

	CatalogDesk(Locations locations, Practitioners practitioners, Facilities facilities, VisitTypes visitTypes,
			Schedules schedules, Geocoder geocoder, ApplicationEventPublisher events) {
		this.locations = locations;
		this.practitioners = practitioners;
		this.facilities = facilities;
		this.visitTypes = visitTypes;
		this.schedules = schedules;
		this.geocoder = geocoder;
		this.events = events;
	}

	@Override
	public CatalogChange<LocationDetails> createLocation(LocationDraft draft) {
		return attempt(() -> saveLocation(new LocationId(UUID.randomUUID()), draft));
	}

	@Override
	public CatalogChange<LocationDetails> updateLocation(LocationId id, LocationDraft draft) {
		return attempt(() -> {
			require(this.locations.find(id).isPresent(), Code.NOT_FOUND, "id", "no location " + id.value());
			return saveLocation(id, draft);
		});
	}

	private LocationDetails saveLocation(LocationId id, LocationDraft draft) {
		ZoneId zone = zone(draft.timeZone());
		Geocoder.Located place = switch (this.geocoder.locate(draft.zip())) {
			case Geocoder.Located located -> located;
			case Geocoder.Rejected rejected ->
				throw new CatalogRuleBroken(rejected.reason(), rejected.message(), "zip");
		};
		LocationDetails location = new LocationDetails(id, draft.name(),
				new Address(draft.street(), draft.city(), draft.state()), place.zip(), zone, place.point(),
				Optional.ofNullable(draft.openingHours()).orElse(List.of()));
		this.locations.save(location);
		this.events.publishEvent(new LocationChanged(id));
		return location;
	}

	private static ZoneId zone(String id) {
		// Region ids only: a fixed offset such as "-05:00" would silently ignore DST.
		require(id != null && ZoneId.getAvailableZoneIds().contains(id), Code.INVALID_TIME_ZONE, "timeZone",
				"'" + id + "' is not an IANA time zone such as America/New_York");
		return ZoneId.of(id);
	}

	@Override
	public CatalogChange<Practitioner> createPractitioner(PractitionerDraft draft) {
		return attempt(() -> savePractitioner(new PractitionerId(UUID.randomUUID()), draft, Set.of()));
	}

	@Override
	public CatalogChange<Practitioner> updatePractitioner(PractitionerId id, PractitionerDraft draft) {
		return attempt(() -> {
			Practitioner before = this.practitioners.find(id)
				.orElseThrow(() -> new CatalogRuleBroken(Code.NOT_FOUND, "no practitioner " + id.value(), "id"));
			return savePractitioner(id, draft, before.locations());
		});
	}

	private Practitioner savePractitioner(PractitionerId id, PractitionerDraft draft, Set<LocationId> before) {
		List<String> languages = Optional.ofNullable(draft.languages()).orElse(List.of());
		for (String language : languages) {
			require(Languages.known(language), Code.UNKNOWN_LANGUAGE, "languages",
					"'" + language + "' is not an ISO 639-1 language code such as en or es");
		}
		Set<String> knownPlans = this.visitTypes.insurancePlanCodes();
		List<String> plans = Optional.ofNullable(draft.insurancePlans()).orElse(List.of());
		for (String plan : plans) {
			require(knownPlans.contains(plan), Code.UNKNOWN_INSURANCE_PLAN, "insurancePlans",
					"'" + plan + "' is not a known insurance plan");
		}
		Set<LocationId> workplaces = new LinkedHashSet<>(Optional.ofNullable(draft.locations()).orElse(List.of()));
		requireLocations(workplaces, "locationIds");
		Practitioner practitioner = new Practitioner(id, draft.name(),
				new HashSet<>(Optional.ofNullable(draft.specialties()).orElse(List.of())), new HashSet<>(languages),
				new HashSet<>(plans), Optional.ofNullable(draft.rating()), draft.reviewCount(), workplaces);
		this.practitioners.save(practitioner);
		this.events.publishEvent(new PractitionerChanged(id));
		// Leaving a location drops the hours there: scheduling must hear about it.
		before.stream()
			.filter((location) -> !workplaces.contains(location))
			.forEach((location) -> this.events.publishEvent(new WorkingHoursChanged(id, location)));
		return practitioner;
	}

	@Override
	public CatalogChange<Room> createRoom(RoomDraft draft) {
		return attempt(() -> saveRoom(new RoomId(UUID.randomUUID()), draft));
	}

	@Override
	public CatalogChange<Room> updateRoom(RoomId id, RoomDraft draft) {
		return attempt(() -> {
			require(this.facilities.room(id).isPresent(), Code.NOT_FOUND, "id", "no room " + id.value());
			return saveRoom(id, draft);
		});
	}

	private Room saveRoom(RoomId id, RoomDraft draft) {
		requireLocations(draft.location() == null ? Set.of() : Set.of(draft.location()), "locationId");
		Room room = new Room(id, draft.location(), draft.name(),
				new HashSet<>(Optional.ofNullable(draft.capabilities()).orElse(List.of())));
		this.facilities.save(room);
		this.events.publishEvent(new RoomChanged(id, room.location()));
		return room;
	}

	@Override
	public CatalogChange<Equipment> createEquipment(EquipmentDraft draft) {
		return attempt(() -> saveEquipment(new EquipmentId(UUID.randomUUID()), draft, List.of()));
	}

	@Override
	public CatalogChange<Equipment> updateEquipment(EquipmentId id, EquipmentDraft draft) {
		return attempt(() -> {
			Equipment before = this.facilities.equipment(id)
				.orElseThrow(() -> new CatalogRuleBroken(Code.NOT_FOUND, "no equipment " + id.value(), "id"));
			return saveEquipment(id, draft, before.units());
		});
	}

	private Equipment saveEquipment(EquipmentId id, EquipmentDraft draft, List<UUID> existingUnits) {
		requireLocations(draft.location() == null ? Set.of() : Set.of(draft.location()), "locationId");
		require(draft.units() >= 1 && draft.units() <= Equipment.MAX_UNITS, Code.VALIDATION_FAILED, "units",
				"units must be 1-" + Equipment.MAX_UNITS + ", got " + draft.units());
		// Existing unit ids survive so that reservations of them stay meaningful.
		List<UUID> units = new ArrayList<>(existingUnits.subList(0, Math.min(existingUnits.size(), draft.units())));
		while (units.size() < draft.units()) {
			units.add(UUID.randomUUID());
		}
		Equipment equipment = new Equipment(id, draft.location(), draft.type(), draft.name(), units);
		this.facilities.save(equipment);
		this.events.publishEvent(new EquipmentChanged(id, equipment.location()));
		return equipment;
	}

	@Override
	public CatalogChange<VisitType> createVisitType(VisitTypeDraft draft) {
		return attempt(() -> saveVisitType(new VisitTypeId(UUID.randomUUID()), draft));
	}

	@Override
	public CatalogChange<VisitType> updateVisitType(VisitTypeId id, VisitTypeDraft draft) {
		return attempt(() -> {
			require(this.visitTypes.find(id).isPresent(), Code.NOT_FOUND, "id", "no visit type " + id.value());
			return saveVisitType(id, draft);
		});
	}

	private VisitType saveVisitType(VisitTypeId id, VisitTypeDraft draft) {
		Set<LocationId> offeredAt = new LinkedHashSet<>(Optional.ofNullable(draft.locations()).orElse(List.of()));
		VisitType visitType = new VisitType(id, draft.name(), draft.specialty(), draft.duration(),
				draft.slot() == null ? draft.duration() : draft.slot(),
				draft.patients() == null ? VisitType.Patients.ANY : draft.patients(),
				Optional.ofNullable(draft.roomCapability()),
				new HashSet<>(Optional.ofNullable(draft.equipmentTypes()).orElse(List.of())), offeredAt);
		requireLocations(offeredAt, "locationIds");
		requireHostable(visitType);
		this.visitTypes.save(visitType);
		this.events.publishEvent(new VisitTypeChanged(id));
		return visitType;
	}

	/** A visit type nobody can host would only produce empty searches. */
	private void requireHostable(VisitType visitType) {
		if (visitType.locations().isEmpty()) {
			visitType.roomCapability()
				.ifPresent((capability) -> require(this.facilities.anyRoomWith(capability),
						Code.MISSING_ROOM_CAPABILITY, "roomCapability", "no room at any location has " + capability));
			visitType.equipmentTypes()
				.forEach((type) -> require(this.facilities.anyEquipment(type), Code.MISSING_EQUIPMENT, "equipmentTypes",
						"no location has equipment " + type));
			return;
		}
		for (LocationId location : visitType.locations()) {
			visitType.roomCapability()
				.ifPresent((capability) -> require(this.facilities.capabilitiesAt(location).contains(capability),
						Code.MISSING_ROOM_CAPABILITY, "roomCapability",
						"no room at location " + location.value() + " has " + capability));
			Set<String> equipment = this.facilities.equipmentTypesAt(location);
			visitType.equipmentTypes()
				.forEach((type) -> require(equipment.contains(type), Code.MISSING_EQUIPMENT, "equipmentTypes",
						"location " + location.value() + " has no " + type));
		}
	}

	@Override
	public CatalogChange<WorkingHours> setWorkingHours(WorkingHours hours) {
		return attempt(() -> {
			Practitioner practitioner = this.practitioners.find(hours.practitioner())
				.orElseThrow(() -> new CatalogRuleBroken(Code.NOT_FOUND,
						"no practitioner " + hours.practitioner().value(), "practitionerId"));
			LocationDetails location = this.locations.find(hours.location())
				.orElseThrow(() -> new CatalogRuleBroken(Code.NOT_FOUND, "no location " + hours.location().value(),
						"locationId"));
			require(practitioner.locations().contains(hours.location()), Code.NOT_AT_LOCATION, "locationId",
					practitioner.name() + " does not work at " + location.name());
			hours.weekly()
				.stream()
				.filter((rule) -> !location.isOpen(rule.day(), rule.start(), rule.end()))
				.findFirst()
				.ifPresent((rule) -> require(false, Code.OUTSIDE_OPENING_HOURS, "weekly",
						location.name() + " is not open on " + rule.day() + " " + rule.start() + "-" + rule.end()));
			List<WorkingHours> sameZone = this.schedules.of(hours.practitioner())
				.stream()
				.filter((other) -> this.locations.find(other.location())
					.map((elsewhere) -> elsewhere.timeZone().equals(location.timeZone()))
					.orElse(false))
				.toList();
			WorkingSchedule.clash(hours, sameZone)
				.ifPresent((rule) -> require(false, Code.OVERLAPPING_HOURS, "weekly", practitioner.name()
						+ " already works elsewhere on " + rule.day() + " " + rule.start() + "-" + rule.end()));
			this.schedules.replace(hours);
			this.events.publishEvent(new WorkingHoursChanged(hours.practitioner(), hours.location()));
			return hours;
		});
	}

	private void requireLocations(Set<LocationId> ids, String field) {
		Set<LocationId> missing = new LinkedHashSet<>(ids);
		missing.removeAll(this.locations.existing(ids));
		require(missing.isEmpty(), Code.NOT_FOUND, field,
				"no location " + missing.stream().map((id) -> id.value().toString()).findFirst().orElse(""));
	}

	private static void require(boolean condition, Code code, String field, String message) {
		if (!condition) {
			throw new CatalogRuleBroken(code, message, field);
		}
	}

	private static <T> CatalogChange<T> attempt(Supplier<T> change) {
		try {
			return new CatalogChange.Applied<>(change.get());
		}
		catch (CatalogRuleBroken broken) {
			return new CatalogChange.Rejected<>(List.of(broken.error()));
		}
	}

}
