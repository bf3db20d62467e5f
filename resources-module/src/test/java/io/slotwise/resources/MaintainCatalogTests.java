package io.slotwise.resources;

import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.Drafts;
import io.slotwise.resources.catalog.MaintainCatalog;
import static io.slotwise.resources.Catalogs.applied;
import static io.slotwise.resources.Catalogs.locationDraft;
import static io.slotwise.resources.Catalogs.practitionerDraft;
import static io.slotwise.resources.Catalogs.rejected;
import static io.slotwise.resources.Catalogs.visitDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.EquipmentChanged;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.CatalogEvent.PractitionerChanged;
import io.slotwise.resources.CatalogEvent.VisitTypeChanged;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.WorkingHours.Weekly;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every refused change says why with a typed error, writes nothing and publishes nothing;
 * every applied change publishes its event.
 */
@ApplicationModuleTest
@RecordApplicationEvents
class MaintainCatalogTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	BrowseLocations locations;

	@Autowired
	FindPractitioners practitioners;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DSLContext db;

	Catalogs given;

	@BeforeEach
	void helpers() {
		this.given = new Catalogs(this.catalog);
	}

	/** Asserts the refusal and that nothing at all changed in the module's tables. */
	CatalogError refused(java.util.function.Supplier<CatalogChange<?>> change) {
		String before = snapshot();
		long eventsBefore = this.events.stream().count();
		CatalogError error = rejected(change.get());
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.events.stream().count()).isEqualTo(eventsBefore);
		return error;
	}

	String snapshot() {
		return this.db.fetchOne(
				"select (select count(*) from resources.location) || '/' || (select count(*) from resources.practitioner)"
						+ " || '/' || (select count(*) from resources.room) || '/' || (select count(*) from resources.equipment_unit)"
						+ " || '/' || (select count(*) from resources.visit_type) || '/' || (select count(*) from resources.working_hours_rule)"
						+ " || '/' || (select coalesce(max(name), '') from resources.location)")
			.get(0, String.class);
	}

	@Test
	void createsALocationGeocodedFromItsZipAndPublishes() {
		LocationDetails created = this.given.location("94105");
		assertThat(created.coordinates().latitude()).isEqualTo(37.791575);
		assertThat(this.locations.details(created.id())).contains(created);
		assertThat(this.events.stream(LocationChanged.class)).containsExactly(new LocationChanged(created.id()));
	}

	@Test
	void refusesBadLocations() {
		assertThat(refused(() -> this.catalog.createLocation(ADMIN, locationDraft("ABCDE", "America/New_York"))).code())
			.isEqualTo(Code.INVALID_ZIP);
		assertThat(refused(() -> this.catalog.createLocation(ADMIN, locationDraft("123", "America/New_York"))).code())
			.isEqualTo(Code.INVALID_ZIP);
		CatalogError unknown = refused(
				() -> this.catalog.createLocation(ADMIN, locationDraft("00000", "America/New_York")));
		assertThat(unknown.code()).isEqualTo(Code.UNKNOWN_ZIP);
		assertThat(unknown.field()).isEqualTo("zip");
		assertThat(
				refused(() -> this.catalog.createLocation(ADMIN, locationDraft("10001", "Mars/Olympus_Mons"))).code())
			.isEqualTo(Code.INVALID_TIME_ZONE);
		assertThat(refused(() -> this.catalog.createLocation(ADMIN, locationDraft("10001", "-05:00"))).code())
			.isEqualTo(Code.INVALID_TIME_ZONE);
		assertThat(refused(() -> this.catalog.createLocation(ADMIN,
				new LocationDraft(" ", "1 Main St", "New York", "NY", "10001", "America/New_York", List.of())))
			.field()).isEqualTo("name");
		assertThat(refused(() -> this.catalog.createLocation(ADMIN,
				new LocationDraft("Clinic", "1 Main St", "New York", "N.Y.", "10001", "America/New_York", List.of())))
			.field()).isEqualTo("state");
		assertThat(refused(() -> this.catalog.createLocation(ADMIN,
				new LocationDraft("Clinic", "1 Main St", "New York", "NY", "10001", "America/New_York",
						List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
								new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(18, 0))))))
			.code()).isEqualTo(Code.OVERLAPPING_HOURS);
		assertThat(refused(() -> this.catalog.updateLocation(ADMIN, new LocationId(UUID.randomUUID()),
				locationDraft("10001", "America/New_York")))
			.code()).isEqualTo(Code.NOT_FOUND);
	}

	@Test
	void updatesALocationInPlace() {
		LocationDetails created = this.given.location("10001");
		LocationDetails moved = applied(
				this.catalog.updateLocation(ADMIN, created.id(), locationDraft("60601", "America/Chicago")));
		assertThat(moved.id()).isEqualTo(created.id());
		assertThat(this.locations.details(created.id()).orElseThrow().timeZone().getId()).isEqualTo("America/Chicago");
	}

	@Test
	void refusesBadPractitioners() {
		LocationId at = this.given.location("10001").id();
		assertThat(refused(() -> this.catalog.createPractitioner(ADMIN,
				practitionerDraft(List.of("en", "xx"), List.of("AETNA_PPO"), at)))
			.code()).isEqualTo(Code.UNKNOWN_LANGUAGE);
		assertThat(refused(() -> this.catalog.createPractitioner(ADMIN,
				practitionerDraft(List.of("english"), List.of("AETNA_PPO"), at)))
			.code()).isEqualTo(Code.UNKNOWN_LANGUAGE);
		assertThat(refused(() -> this.catalog.createPractitioner(ADMIN,
				practitionerDraft(List.of("en"), List.of("ACME_GOLD"), at)))
			.code()).isEqualTo(Code.UNKNOWN_INSURANCE_PLAN);
		assertThat(refused(() -> this.catalog.createPractitioner(ADMIN,
				practitionerDraft(List.of("en"), List.of(), at, new LocationId(UUID.randomUUID()))))
			.code()).isEqualTo(Code.NOT_FOUND);
		assertThat(refused(() -> this.catalog.createPractitioner(ADMIN,
				new PractitionerDraft("Dr. X", List.of("DERMATOLOGY"), List.of("en"), List.of(), 4.0, 0, List.of(at))))
			.field()).isEqualTo("rating");
		assertThat(refused(() -> this.catalog.updatePractitioner(ADMIN, new PractitionerId(UUID.randomUUID()),
				practitionerDraft(List.of("en"), List.of(), at)))
			.code()).isEqualTo(Code.NOT_FOUND);
	}

	@Test
	void leavingALocationDropsTheHoursThereAndSaysSo() {
		LocationId first = this.given.location("10001").id();
		LocationId second = this.given.location("10011").id();
		Practitioner practitioner = this.given.practitioner(first, second);
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner.id(), second,
				List.of(new Weekly(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of())));
		applied(this.catalog.updatePractitioner(ADMIN, practitioner.id(),
				practitionerDraft(List.of("en"), List.of("MEDICAID"), first)));
		assertThat(this.practitioners.practitioner(practitioner.id()).orElseThrow().insurancePlans())
			.containsExactly("MEDICAID");
		assertThat(this.practitioners.workingHours(practitioner.id(), second).weekly()).isEmpty();
		assertThat(this.events.stream(PractitionerChanged.class)).hasSize(2);
		assertThat(this.events.stream(WorkingHoursChanged.class))
			.contains(new WorkingHoursChanged(practitioner.id(), second));
	}

	@Test
	void refusesBadRoomsAndEquipment() {
		LocationId at = this.given.location("10001").id();
		assertThat(refused(() -> this.catalog.createRoom(ADMIN,
				new RoomDraft(new LocationId(UUID.randomUUID()), "Exam 1", List.of("EXAM"))))
			.code()).isEqualTo(Code.NOT_FOUND);
		assertThat(refused(() -> this.catalog.createRoom(ADMIN, new RoomDraft(at, "Exam 1", List.of()))).field())
			.isEqualTo("capabilities");
		assertThat(refused(() -> this.catalog.updateRoom(ADMIN, new RoomId(UUID.randomUUID()),
				new RoomDraft(at, "Exam 1", List.of("EXAM"))))
			.code()).isEqualTo(Code.NOT_FOUND);
		assertThat(refused(
				() -> this.catalog.createEquipment(ADMIN, new EquipmentDraft(at, "ULTRASOUND", "Ultrasound", 0)))
			.field()).isEqualTo("units");
		assertThat(refused(
				() -> this.catalog.createEquipment(ADMIN, new EquipmentDraft(at, "ULTRASOUND", "Ultrasound", -2)))
			.code()).isEqualTo(Code.VALIDATION_FAILED);
		assertThat(refused(() -> this.catalog.updateEquipment(ADMIN, new EquipmentId(UUID.randomUUID()),
				new EquipmentDraft(at, "ULTRASOUND", "Ultrasound", 1)))
			.code()).isEqualTo(Code.NOT_FOUND);
	}

	@Test
	void equipmentKeepsItsUnitIdsWhenItGrowsOrShrinks() {
		LocationId at = this.given.location("10001").id();
		Equipment two = this.given.equipment(at, "ECG_MACHINE", 2);
		Equipment three = applied(
				this.catalog.updateEquipment(ADMIN, two.id(), new EquipmentDraft(at, "ECG_MACHINE", "ECG", 3)));
		assertThat(three.units()).hasSize(3).startsWith(two.units().toArray(UUID[]::new));
		Equipment one = applied(
				this.catalog.updateEquipment(ADMIN, two.id(), new EquipmentDraft(at, "ECG_MACHINE", "ECG", 1)));
		assertThat(one.units()).containsExactly(two.units().getFirst());
		assertThat(this.locations.equipment(at)).singleElement()
			.satisfies((stock) -> assertThat(stock.units()).containsExactly(two.units().getFirst()));
		assertThat(this.events.stream(EquipmentChanged.class)).hasSize(3);
	}

	@Test
	void refusesVisitTypesNobodyCanHost() {
		LocationId at = this.given.location("10001").id();
		this.given.room(at, "EXAM");
		this.given.equipment(at, "DERMATOSCOPE", 1);
		assertThat(refused(
				() -> this.catalog.createVisitType(ADMIN, visitDraft(Duration.ofMinutes(-30), "EXAM", List.of(), at)))
			.code()).isEqualTo(Code.INVALID_DURATION);
		CatalogError noRoom = refused(() -> this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "PROCEDURE", List.of(), at)));
		assertThat(noRoom.code()).isEqualTo(Code.MISSING_ROOM_CAPABILITY);
		assertThat(noRoom.field()).isEqualTo("roomCapability");
		assertThat(refused(() -> this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "EXAM", List.of("LASER"), at)))
			.code()).isEqualTo(Code.MISSING_EQUIPMENT);
		assertThat(refused(() -> this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "EXAM", List.of(), new LocationId(UUID.randomUUID()))))
			.code()).isEqualTo(Code.NOT_FOUND);
		assertThat(refused(() -> this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "HYPERBARIC_CHAMBER", List.of())))
			.code()).isEqualTo(Code.MISSING_ROOM_CAPABILITY);
		assertThat(refused(() -> this.catalog.updateVisitType(ADMIN, new VisitTypeId(UUID.randomUUID()),
				visitDraft(Duration.ofMinutes(30), "EXAM", List.of(), at)))
			.code()).isEqualTo(Code.NOT_FOUND);
		VisitType created = applied(this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "EXAM", List.of("DERMATOSCOPE"), at)));
		assertThat(this.events.stream(VisitTypeChanged.class)).containsExactly(new VisitTypeChanged(created.id()));
	}

	@Test
	void refusesWorkingHoursThatCannotBe() {
		LocationId here = this.given.location("10001").id();
		LocationId there = this.given.location("10011").id();
		LocationId notTheirs = this.given.location("10003").id();
		Practitioner practitioner = this.given.practitioner(here, there);
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner.id(), there,
				List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))), List.of())));
		List<Weekly> mondays = List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(17, 0)));
		assertThat(refused(() -> this.catalog.setWorkingHours(ADMIN,
				new WorkingHours(practitioner.id(), here, mondays, List.of())))
			.code()).isEqualTo(Code.OVERLAPPING_HOURS);
		assertThat(refused(() -> this.catalog.setWorkingHours(ADMIN,
				new WorkingHours(practitioner.id(), notTheirs, mondays, List.of())))
			.code()).isEqualTo(Code.NOT_AT_LOCATION);
		assertThat(refused(() -> this.catalog.setWorkingHours(ADMIN,
				new WorkingHours(new PractitionerId(UUID.randomUUID()), here, mondays, List.of())))
			.field()).isEqualTo("practitionerId");
		assertThat(refused(() -> this.catalog.setWorkingHours(ADMIN,
				new WorkingHours(practitioner.id(), new LocationId(UUID.randomUUID()), mondays, List.of())))
			.field()).isEqualTo("locationId");
		List<Weekly> afternoons = List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)));
		WorkingHours saved = applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner.id(), here,
				afternoons,
				List.of(new WorkingHours.Dated(LocalDate.of(2026, 12, 28), WorkingHours.Kind.TIME_OFF, null, null)))));
		assertThat(this.practitioners.workingHours(practitioner.id(), here)).isEqualTo(saved);
		assertThat(this.events.stream(WorkingHoursChanged.class)).containsExactly(
				new WorkingHoursChanged(practitioner.id(), there), new WorkingHoursChanged(practitioner.id(), here));
	}

}
