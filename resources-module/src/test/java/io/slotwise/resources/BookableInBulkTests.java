package io.slotwise.resources;

import static io.slotwise.resources.Catalogs.applied;
import static io.slotwise.resources.Catalogs.visitDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.WorkingHours.Weekly;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * {@link SchedulingCatalog#bookable} answered in bulk says exactly what the one-pair
 * questions say (its default method asks them one by one), for pairs that offer the visit
 * and pairs that do not.
 */
@ApplicationModuleTest
class BookableInBulkTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	@Autowired
	SchedulingCatalog scheduling;

	@Autowired
	MaintainCatalog catalog;

	@Test
	void bulkAnswersEqualTheOnePairAnswers() {
		Catalogs given = new Catalogs(this.catalog);
		LocationDetails clinic = given.location("10001");
		LocationDetails elsewhere = given.location("10011");
		Practitioner dermatologist = given.practitioner(clinic.id());
		Practitioner roaming = given.practitioner(clinic.id(), elsewhere.id());
		applied(this.catalog
			.setWorkingHours(ADMIN,
					new WorkingHours(dermatologist.id(), clinic.id(),
							List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
									new Weekly(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
							List.of())));
		given.room(clinic.id(), "PROCEDURE", "EXAM");
		given.room(clinic.id(), "PROCEDURE");
		given.room(elsewhere.id(), "EXAM");
		given.equipment(clinic.id(), "DERMATOSCOPE", 3);
		given.equipment(clinic.id(), "DERMATOSCOPE", 2);
		VisitType removal = applied(this.catalog.createVisitType(ADMIN,
				visitDraft(Duration.ofMinutes(30), "PROCEDURE", List.of("DERMATOSCOPE"))));
		VisitType consultation = applied(this.catalog.createVisitType(ADMIN, new Drafts.VisitTypeDraft("Consult",
				"DERMATOLOGY", Duration.ofMinutes(20), null, null, null, List.of(), List.of())));
		List<PractitionerAt> pairs = List.of(new PractitionerAt(dermatologist.id(), clinic.id()),
				new PractitionerAt(roaming.id(), clinic.id()), new PractitionerAt(roaming.id(), elsewhere.id()),
				new PractitionerAt(dermatologist.id(), elsewhere.id()),
				new PractitionerAt(new PractitionerId(UUID.randomUUID()), clinic.id()),
				new PractitionerAt(dermatologist.id(), new LocationId(UUID.randomUUID())));
		LocalDate from = LocalDate.of(2027, 3, 8);
		LocalDate to = LocalDate.of(2027, 3, 16);

		for (VisitType type : List.of(removal, consultation)) {
			var bulk = this.scheduling.bookable(type.id(), pairs, from, to);
			assertThat(bulk).isEqualTo(oneByOne().bookable(type.id(), pairs, from, to));
			assertThat(bulk).containsKey(pairs.getFirst());
			assertThat(bulk.get(pairs.getFirst()).windows()).hasSize(4);
		}
		assertThat(this.scheduling.bookable(removal.id(), pairs, from, to)).doesNotContainKey(pairs.get(2));
		assertThat(this.scheduling.bookable(consultation.id(), pairs, from, to)).containsKey(pairs.get(2));
		assertThat(this.scheduling.bookable(new VisitTypeId(UUID.randomUUID()), pairs, from, to)).isEmpty();
	}

	/** The same catalog, asked one pair at a time through the interface's default. */
	private SchedulingCatalog oneByOne() {
		SchedulingCatalog bulk = this.scheduling;
		return new SchedulingCatalog() {

			@Override
			public Optional<Location> location(LocationId location) {
				return bulk.location(location);
			}

			@Override
			public Optional<VisitRequirements> visitRequirements(VisitTypeId visitType) {
				return bulk.visitRequirements(visitType);
			}

			@Override
			public List<WorkingWindow> workingWindows(PractitionerId practitioner, LocationId location, LocalDate from,
					LocalDate to) {
				return bulk.workingWindows(practitioner, location, from, to);
			}

			@Override
			public List<BookableResource> roomsWith(LocationId location, String capability) {
				return bulk.roomsWith(location, capability);
			}

			@Override
			public List<BookableResource> equipmentUnits(LocationId location, String equipmentType) {
				return bulk.equipmentUnits(location, equipmentType);
			}

			@Override
			public boolean offers(PractitionerId practitioner, LocationId location, VisitTypeId visitType) {
				return bulk.offers(practitioner, location, visitType);
			}

			@Override
			public boolean worksAt(PractitionerId practitioner, LocationId location) {
				return bulk.worksAt(practitioner, location);
			}

		};
	}

}
