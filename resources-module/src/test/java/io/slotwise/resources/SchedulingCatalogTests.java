package io.slotwise.resources;

import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts;
import io.slotwise.resources.catalog.MaintainCatalog;
import static io.slotwise.resources.Catalogs.applied;
import static io.slotwise.resources.Catalogs.visitDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.resources.WorkingHours.Weekly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The contract scheduling codes against, answered from the stored catalog.
 */
@ApplicationModuleTest
class SchedulingCatalogTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	@Autowired
	SchedulingCatalog scheduling;

	@Autowired
	MaintainCatalog catalog;

	Catalogs given;

	LocationDetails clinic;

	Practitioner dermatologist;

	@BeforeEach
	void aClinicWithADermatologist() {
		this.given = new Catalogs(this.catalog);
		this.clinic = this.given.location("10001");
		this.dermatologist = this.given.practitioner(this.clinic.id());
	}

	@Test
	void workingWindowsAreDstCorrectInTheLocationsZone() {
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(this.dermatologist.id(), this.clinic.id(),
				List.of(new Weekly(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of())));
		assertThat(this.scheduling.workingWindows(this.dermatologist.id(), this.clinic.id(), LocalDate.of(2026, 3, 8),
				LocalDate.of(2026, 3, 8)))
			.containsExactly(
					new WorkingWindow(Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-08T21:00:00Z")));
		assertThat(this.scheduling.workingWindows(this.dermatologist.id(), this.clinic.id(), LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 1)))
			.containsExactly(
					new WorkingWindow(Instant.parse("2026-11-01T14:00:00Z"), Instant.parse("2026-11-01T22:00:00Z")));
		assertThat(this.scheduling.workingWindows(this.dermatologist.id(), new LocationId(UUID.randomUUID()),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))
			.isEmpty();
	}

	@Test
	void answersLocationsRequirementsRoomsAndUnits() {
		Room procedure = this.given.room(this.clinic.id(), "PROCEDURE", "EXAM");
		Room exam = this.given.room(this.clinic.id(), "EXAM");
		Equipment scopes = this.given.equipment(this.clinic.id(), "DERMATOSCOPE", 3);
		VisitType removal = applied(this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "PROCEDURE", List.of("DERMATOSCOPE"), this.clinic.id())));
		assertThat(this.scheduling.location(this.clinic.id())).contains(this.clinic.location());
		assertThat(this.scheduling.visitRequirements(removal.id())).contains(removal.requirements());
		assertThat(this.scheduling.roomsWith(this.clinic.id(), "PROCEDURE"))
			.containsExactly(new BookableResource(BookableResource.Kind.ROOM, procedure.id().value()));
		assertThat(this.scheduling.roomsWith(this.clinic.id(), "EXAM")).extracting(BookableResource::id)
			.containsExactly(exam.id().value(), procedure.id().value());
		assertThat(this.scheduling.equipmentUnits(this.clinic.id(), "DERMATOSCOPE")).hasSize(3)
			.allSatisfy((unit) -> assertThat(scopes.units()).contains(unit.id()))
			.isSortedAccordingTo(Comparator.comparing(BookableResource::id));
		assertThat(this.scheduling.equipmentUnits(this.clinic.id(), "ULTRASOUND")).isEmpty();
	}

	@Test
	void roomsComeBestFitFirstThenById() {
		Room everything = this.given.room(this.clinic.id(), "EXAM", "PROCEDURE", "X_RAY");
		Room procedure = this.given.room(this.clinic.id(), "PROCEDURE", "EXAM");
		Room examA = this.given.room(this.clinic.id(), "EXAM");
		Room examB = this.given.room(this.clinic.id(), "EXAM");
		List<java.util.UUID> exams = java.util.stream.Stream.of(examA, examB)
			.map((room) -> room.id().value())
			.sorted()
			.toList();
		assertThat(this.scheduling.roomsWith(this.clinic.id(), "EXAM")).extracting(BookableResource::id)
			.containsExactly(exams.get(0), exams.get(1), procedure.id().value(), everything.id().value());
		assertThat(this.scheduling.roomsWith(this.clinic.id(), "PROCEDURE")).extracting(BookableResource::id)
			.containsExactly(procedure.id().value(), everything.id().value());
	}

	@Test
	void offersAVisitOnlyWithSpecialtyPlaceRoomAndEquipment() {
		LocationDetails elsewhere = this.given.location("10011");
		this.given.room(this.clinic.id(), "PROCEDURE");
		this.given.equipment(this.clinic.id(), "DERMATOSCOPE", 1);
		VisitType removal = applied(this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "PROCEDURE", List.of("DERMATOSCOPE"))));
		VisitType cardiology = applied(this.catalog.createVisitType(ADMIN, new Drafts.VisitTypeDraft("ECG",
				"CARDIOLOGY", Duration.ofMinutes(20), null, null, "PROCEDURE", List.of(), List.of())));
		assertThat(this.scheduling.offers(this.dermatologist.id(), this.clinic.id(), removal.id())).isTrue();
		assertThat(this.scheduling.offers(this.dermatologist.id(), this.clinic.id(), cardiology.id())).isFalse();
		assertThat(this.scheduling.offers(this.dermatologist.id(), elsewhere.id(), removal.id())).isFalse();
		Practitioner roaming = this.given.practitioner(this.clinic.id(), elsewhere.id());
		assertThat(this.scheduling.offers(roaming.id(), elsewhere.id(), removal.id())).isFalse();
		assertThat(this.scheduling.offers(roaming.id(), this.clinic.id(), new VisitTypeId(UUID.randomUUID())))
			.isFalse();
	}

}
