package io.slotwise.resources;

import static io.slotwise.resources.Catalogs.applied;
import static io.slotwise.resources.Catalogs.visitDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.SchedulingCatalog.Plannable;
import io.slotwise.resources.WorkingHours.Weekly;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * {@link SchedulingCatalog#plannable} is remembered per catalog version (ADR 0026): it
 * answers what the questions it stands for answer, and a change written by plain SQL
 * (another instance, a script: no event reaches this JVM) is seen by the very next call,
 * for every kind of fact a plan uses.
 */
@ApplicationModuleTest
class RememberedPlanningTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	// A Monday, 10:00 in New York.
	private static final Instant MONDAY_TEN = Instant.parse("2027-03-08T15:00:00Z");

	@Autowired
	SchedulingCatalog scheduling;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rememberedAnswerIsWhatTheQuestionsAnswer() {
		Given given = given();
		Optional<Plannable> remembered = this.scheduling.plannable(given.removal().id(), given.pair(), MONDAY_TEN);

		assertThat(remembered).isPresent();
		assertThat(remembered.get().requirements()).isEqualTo(given.removal().requirements());
		assertThat(remembered.get().bookable()).isEqualTo(this.scheduling
			.bookable(given.removal().id(), List.of(given.pair()),
					MONDAY_TEN.atZone(remembered.get().bookable().location().timeZone()).toLocalDate(),
					MONDAY_TEN.atZone(remembered.get().bookable().location().timeZone()).toLocalDate().plusDays(1))
			.get(given.pair()));
		assertThat(remembered.get().bookable().windows()).hasSize(1);
		assertThat(remembered.get().bookable().rooms()).hasSize(1);
		assertThat(remembered.get().bookable().units().get("DERMATOSCOPE")).hasSize(2);
		assertThat(this.scheduling.plannable(new VisitTypeId(UUID.randomUUID()), given.pair(), MONDAY_TEN)).isEmpty();
	}

	@Test
	void changesWrittenBehindTheApplicationsBackAreSeenByTheNextPlan() {
		Given given = given();
		UUID practitioner = given.pair().practitioner().value();
		UUID location = given.pair().location().value();
		VisitTypeId removal = given.removal().id();
		assertThat(plan(given).bookable().windows()).hasSize(1);

		this.jdbc.update("delete from resources.working_hours_rule where practitioner_id = ? and location_id = ?",
				practitioner, location);
		assertThat(plan(given).bookable().windows()).isEmpty();

		this.jdbc.update("insert into resources.room (id, location_id, name, capabilities)"
				+ " values (?, ?, 'Second', array['PROCEDURE'])", UUID.randomUUID(), location);
		assertThat(plan(given).bookable().rooms()).hasSize(2);

		this.jdbc.update("delete from resources.equipment where location_id = ?", location);
		assertThat(this.scheduling.plannable(removal, given.pair(), MONDAY_TEN))
			.as("without a dermatoscope the clinic no longer offers the removal")
			.isEmpty();

		this.jdbc.update("update resources.visit_type set equipment_types = '{}', duration_minutes = 45 where id = ?",
				removal.value());
		assertThat(plan(given).requirements().duration()).isEqualTo(Duration.ofMinutes(45));

		this.jdbc.update("update resources.practitioner set specialties = array['CARDIOLOGY'] where id = ?",
				practitioner);
		assertThat(this.scheduling.plannable(removal, given.pair(), MONDAY_TEN))
			.as("the practitioner lost the specialty")
			.isEmpty();
	}

	private Plannable plan(Given given) {
		return this.scheduling.plannable(given.removal().id(), given.pair(), MONDAY_TEN).orElseThrow();
	}

	private Given given() {
		Catalogs catalogs = new Catalogs(this.catalog);
		LocationDetails clinic = catalogs.location("10001");
		Practitioner dermatologist = catalogs.practitioner(clinic.id());
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(dermatologist.id(), clinic.id(),
				List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of())));
		catalogs.room(clinic.id(), "PROCEDURE");
		catalogs.equipment(clinic.id(), "DERMATOSCOPE", 2);
		VisitType removal = applied(this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "PROCEDURE", List.of("DERMATOSCOPE"))));
		return new Given(new PractitionerAt(dermatologist.id(), clinic.id()), removal);
	}

	private record Given(PractitionerAt pair, VisitType removal) {
	}

}
