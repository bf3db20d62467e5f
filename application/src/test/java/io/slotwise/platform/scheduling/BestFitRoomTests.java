package io.slotwise.platform.scheduling;

import io.slotwise.testing.Clinic;
import io.slotwise.resources.catalog.CatalogEditor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Rooms are allocated best fit on the real catalog: an exam takes an exam-only room and
 * leaves the one room that can also host a procedure free for a procedure at the same
 * time (issue 8; before the fix the lowest room id won, whatever it could do).
 */
@SpringBootTest
@ActiveProfiles("test")
class BestFitRoomTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	BookWithoutHold book;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void examsLeaveTheRoomThatCanAlsoHostAProcedureFree() {
		String specialty = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		LocationId location = applied(this.catalog.createLocation(ADMIN,
				new LocationDraft("Fit Clinic", "1 W 23rd St", "New York", "NY", "10001", "America/New_York",
						every((day) -> new OpeningHours(day, LocalTime.of(7, 0), LocalTime.of(20, 0))))))
			.id();
		// the versatile room first, so it is not simply last in creation order
		Room versatile = applied(
				this.catalog.createRoom(ADMIN, new RoomDraft(location, "Versatile", List.of("EXAM", "PROCEDURE"))));
		for (int i = 1; i <= 3; i++) {
			applied(this.catalog.createRoom(ADMIN, new RoomDraft(location, "Exam " + i, List.of("EXAM"))));
		}
		VisitTypeId exam = visitType("Check-up", specialty, "EXAM");
		VisitTypeId procedure = visitType("Minor procedure", specialty, "PROCEDURE");
		List<PractitionerId> practitioners = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			practitioners.add(practitioner(specialty, location));
		}
		Instant ten = LocalDate.now(NEW_YORK).plusDays(2).atTime(10, 0).atZone(NEW_YORK).toInstant();
		Requester staff = new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(location));
		for (int i = 0; i < 3; i++) {
			AppointmentDetails booked = done(this.book.bookWithoutHold(staff, new PatientId(UUID.randomUUID()),
					new SlotRequest(practitioners.get(i), location, exam, ten), Optional.empty()));
			assertThat(roomOf(booked)).isNotEqualTo(versatile.id().value());
		}
		AppointmentDetails surgery = done(this.book.bookWithoutHold(staff, new PatientId(UUID.randomUUID()),
				new SlotRequest(practitioners.get(3), location, procedure, ten), Optional.empty()));
		assertThat(roomOf(surgery)).isEqualTo(versatile.id().value());
	}

	private UUID roomOf(AppointmentDetails appointment) {
		return this.jdbc.queryForObject(
				"select resource_id from scheduling.reservation where appointment_id = ? and resource_kind = 'ROOM'",
				UUID.class, appointment.id().value());
	}

	private VisitTypeId visitType(String name, String specialty, String capability) {
		return applied(this.catalog.createVisitType(ADMIN, new VisitTypeDraft(name, specialty, Duration.ofMinutes(30),
				Duration.ofMinutes(30), VisitType.Patients.ANY, capability, List.of(), List.of())))
			.id();
	}

	private PractitionerId practitioner(String specialty, LocationId location) {
		PractitionerId practitioner = applied(this.catalog.createPractitioner(ADMIN, new PractitionerDraft("Dr. Fit",
				List.of(specialty), List.of("en"), List.of(), null, 0, List.of(location))))
			.id();
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner, location,
				every((day) -> new WorkingHours.Weekly(day, LocalTime.of(8, 0), LocalTime.of(18, 0))), List.of())));
		return practitioner;
	}

	private static <T> List<T> every(java.util.function.Function<DayOfWeek, T> perDay) {
		return Arrays.stream(DayOfWeek.values()).map(perDay).toList();
	}

	private static <T> T applied(CatalogChange<T> change) {
		if (change instanceof CatalogChange.Applied<T> applied) {
			return applied.value();
		}
		throw new IllegalStateException("Catalog refused: " + change);
	}

	private static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

}
