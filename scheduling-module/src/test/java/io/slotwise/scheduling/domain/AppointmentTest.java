package io.slotwise.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentDetails.Status;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import org.junit.jupiter.api.Test;

/**
 * The booking rules of an appointment, without Spring or a database.
 */
class AppointmentTest {

	static final Instant NOON = Instant.parse("2026-12-10T12:00:00Z");

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	final PatientId patient = new PatientId(UUID.randomUUID());

	final LocationId clinic = new LocationId(UUID.randomUUID());

	final SlotRequest slot = new SlotRequest(new PractitionerId(UUID.randomUUID()), this.clinic,
			new VisitTypeId(UUID.randomUUID()), NOON);

	@Test
	void thePatientStaffAtTheLocationAndAdministratorsMayBook() {
		assertThat(book(Requester.patient(this.patient))).isInstanceOf(Outcome.Done.class);
		assertThat(book(staff(this.clinic))).isInstanceOf(Outcome.Done.class);
		assertThat(book(admin())).isInstanceOf(Outcome.Done.class);
		assertThat(refusal(book(Requester.patient(new PatientId(UUID.randomUUID())))))
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(refusal(book(staff(new LocationId(UUID.randomUUID()))))).isEqualTo(Problem.Code.FORBIDDEN);
	}

	@Test
	void bookingAnnouncesTheConfirmedSlotAndWhereItCameFrom() {
		Appointment.Booked booked = booked();
		assertThat(booked.appointment().status()).isEqualTo(Status.BOOKED);
		assertThat(booked.event().appointment()).isEqualTo(booked.appointment().id());
		assertThat(booked.event().start()).isEqualTo(NOON);
		assertThat(booked.event().end()).isEqualTo(NOON.plus(Duration.ofMinutes(30)));
		assertThat(booked.event().hold()).isNull();
		assertThat(booked.event().occurredAt()).isEqualTo(NOW);
	}

	@Test
	void cancellingOnceAnnouncesItCancellingAgainChangesNothing() {
		Appointment appointment = booked().appointment();
		Decision<BookingEvent.Cancelled> first = appointment.cancel(Requester.patient(this.patient), NOW);
		assertThat(first).isInstanceOf(Decision.Changed.class);
		assertThat(appointment.status()).isEqualTo(Status.CANCELLED);
		assertThat(appointment.cancel(staff(this.clinic), NOW)).isInstanceOf(Decision.Unchanged.class);
	}

	@Test
	void strangersCannotCancelAndTheirRefusalChangesNothing() {
		Appointment appointment = booked().appointment();
		Decision<BookingEvent.Cancelled> decision = appointment.cancel(staff(new LocationId(UUID.randomUUID())), NOW);
		assertThat(decision).isInstanceOf(Decision.Refused.class);
		assertThat(((Decision.Refused<?>) decision).problem().code()).isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(appointment.status()).isEqualTo(Status.BOOKED);
	}

	@Test
	void reschedulingMovesTheTimeAndRemembersTheOldOne() {
		Appointment appointment = booked().appointment();
		TimeRange later = TimeRange.of(NOON.plus(Duration.ofHours(2)), Duration.ofMinutes(30));
		Decision<BookingEvent.Rescheduled> decision = appointment.rescheduleTo(Requester.patient(this.patient), later,
				NOW);
		BookingEvent.Rescheduled event = ((Decision.Changed<BookingEvent.Rescheduled>) decision).event();
		assertThat(event.previousStart()).isEqualTo(NOON);
		assertThat(event.start()).isEqualTo(later.start());
		assertThat(appointment.time()).isEqualTo(later);
		assertThat(appointment.rescheduleTo(Requester.patient(this.patient), later, NOW))
			.isInstanceOf(Decision.Unchanged.class);
	}

	@Test
	void aCancelledAppointmentCannotBeMoved() {
		Appointment appointment = booked().appointment();
		appointment.cancel(admin(), NOW);
		TimeRange later = TimeRange.of(NOON.plus(Duration.ofHours(2)), Duration.ofMinutes(30));
		assertThat(appointment.refusalToMove(admin())).map(Problem::code).contains(Problem.Code.VALIDATION_FAILED);
		assertThat(appointment.rescheduleTo(admin(), later, NOW)).isInstanceOf(Decision.Refused.class);
		assertThat(appointment.time().start()).isEqualTo(NOON);
	}

	private Outcome<Appointment.Booked> book(Requester requester) {
		return Appointment.book(requester, this.patient, this.slot, TimeRange.of(NOON, Duration.ofMinutes(30)),
				Appointment.Origin.direct(this.slot, this.patient, Optional.empty(), requester.id()), NOW);
	}

	private Appointment.Booked booked() {
		return ((Outcome.Done<Appointment.Booked>) book(Requester.patient(this.patient))).value();
	}

	static Problem.Code refusal(Outcome<?> outcome) {
		return ((Outcome.Refused<?>) outcome).problem().code();
	}

	static Requester staff(LocationId location) {
		return new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(location));
	}

	static Requester admin() {
		return new Requester(UUID.randomUUID(), Requester.Standing.ADMIN, Set.of());
	}

}
