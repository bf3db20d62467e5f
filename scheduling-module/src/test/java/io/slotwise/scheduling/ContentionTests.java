package io.slotwise.scheduling;

import static io.slotwise.scheduling.RaceTests.race;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The booking defects seen when the demo was driven by many clients at once. Each test
 * races real threads against real PostgreSQL and Redis, and each failed before the fix
 * (see issue 8).
 */
@ApplicationModuleTest
class ContentionTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	RescheduleBooking reschedule;

	@Autowired
	DSLContext db;

	@Test
	void twentyPractitionersSharingTwentyRoomsAllBookTheSameTime() throws Exception {
		Clinic clinic = clinic(20, 20, 20);
		Requester staff = clinic.staff();
		Instant start = clinic.at(2, LocalTime.of(11, 0));
		List<Outcome<AppointmentDetails>> outcomes = race(20, (i) -> this.book.bookWithoutHold(staff, Clinic.patient(),
				clinic.procedure(clinic.practitioners.get(i), start), Optional.empty()));
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Outcome.Done.class));
	}

	@Test
	void twentyHoldsOfTwentyPractitionersSharingTwentyRoomsAllConfirm() throws Exception {
		Clinic clinic = clinic(20, 20, 20);
		Instant start = clinic.at(2, LocalTime.of(13, 0));
		List<Outcome<AppointmentDetails>> outcomes = race(20, (i) -> {
			PatientId patient = Clinic.patient();
			Outcome<HoldDetails> held = this.holdSlot.holdSlot(patient,
					clinic.procedure(clinic.practitioners.get(i), start));
			return (held instanceof Outcome.Done<HoldDetails>(HoldDetails hold))
					? this.confirm.confirmBooking(patient, hold.id(), Optional.empty()) : held.map((unused) -> null);
		});
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Outcome.Done.class));
	}

	@Test
	void aBookingCancelledRightAfterItWasMadeIsBookableAtOnce() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId first = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(2, LocalTime.of(9, 0)));
		HoldDetails hold = done(this.holdSlot.holdSlot(first, slot));
		AppointmentDetails booked = done(this.confirm.confirmBooking(first, hold.id(), Optional.empty()));
		done(this.cancel.cancelBooking(Requester.patient(first), booked.id()));
		// the clock stands still: the freed slot must not wait for the hold to expire
		PatientId second = Clinic.patient();
		HoldDetails next = done(this.holdSlot.holdSlot(second, slot));
		done(this.confirm.confirmBooking(second, next.id(), Optional.empty()));
	}

	@Test
	void aPatientCannotBeBookedTwiceAtTheSameTime() {
		Clinic clinic = clinic(2, 2, 2);
		PatientId patient = Clinic.patient();
		Instant start = clinic.at(2, LocalTime.of(10, 0));
		done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.practitioners.get(0), start), Optional.empty()));
		Outcome<AppointmentDetails> second = this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.practitioners.get(1), start.plusSeconds(900)), Optional.empty());
		assertThat(second).isInstanceOf(Outcome.Refused.class);
		assertThat(this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.PATIENT_ID.eq(patient.value()).and(APPOINTMENT.STATUS.eq("BOOKED"))))
			.isOne();
	}

	@Test
	void aPatientBookingTwoPractitionersAtOnceGetsOne() throws Exception {
		Clinic clinic = clinic(8, 8, 8);
		PatientId patient = Clinic.patient();
		Instant start = clinic.at(2, LocalTime.of(14, 0));
		List<Outcome<AppointmentDetails>> outcomes = race(8,
				(i) -> this.book.bookWithoutHold(Requester.patient(patient), patient,
						clinic.procedure(clinic.practitioners.get(i), start), Optional.empty()));
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSize(1);
	}

	@Test
	void concurrentReschedulesOfOneAppointmentAreEachAnsweredAndLeaveOneConsistentBooking() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.at(3, LocalTime.of(8, 0))), Optional.empty()));
		// race() rethrows any exception: an INTERNAL_ERROR-style failure fails here
		List<Outcome<AppointmentDetails>> outcomes = race(12, (i) -> this.reschedule
			.rescheduleBooking(Requester.patient(patient), booked.id(), clinic.at(3, LocalTime.of(9 + (i % 6), 0))));
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).isNotEmpty();
		assertThat(outcomes).filteredOn(Outcome.Refused.class::isInstance)
			.allSatisfy((outcome) -> assertThat(refused(outcome).code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE));
		Instant start = this.db.select(APPOINTMENT.STARTS_AT)
			.from(APPOINTMENT)
			.where(APPOINTMENT.ID.eq(booked.id().value()))
			.fetchSingle(APPOINTMENT.STARTS_AT)
			.toInstant();
		assertThat(reservationStarts(booked)).isNotEmpty().containsOnly(start);
	}

	@Test
	void cancelRacingRescheduleNeverLeavesACancelledAppointmentHoldingTime() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		for (int round = 0; round < 6; round++) {
			PatientId patient = Clinic.patient();
			AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
					clinic.procedure(clinic.at(4, LocalTime.of(8 + round, 0))), Optional.empty()));
			Instant elsewhere = clinic.at(5, LocalTime.of(8 + round, 0));
			race(2, (i) -> (i == 0) ? this.cancel.cancelBooking(Requester.patient(patient), booked.id())
					: this.reschedule.rescheduleBooking(Requester.patient(patient), booked.id(), elsewhere));
			String status = this.db.select(APPOINTMENT.STATUS)
				.from(APPOINTMENT)
				.where(APPOINTMENT.ID.eq(booked.id().value()))
				.fetchSingle(APPOINTMENT.STATUS);
			assertThat(status).isEqualTo("CANCELLED");
			assertThat(reservationStarts(booked)).isEmpty();
		}
	}

	@Test
	void racingCancelsPublishOneCancellation() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.at(2, LocalTime.of(16, 0))), Optional.empty()));
		List<Outcome<AppointmentDetails>> outcomes = race(10,
				(i) -> this.cancel.cancelBooking(Requester.patient(patient), booked.id()));
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Outcome.Done.class));
		assertThat(this.events.ofType(BookingEvent.Cancelled.class)
			.stream()
			.filter((event) -> event.appointment().equals(booked.id()))).hasSize(1);
	}

	private List<Instant> reservationStarts(AppointmentDetails appointment) {
		return this.db.select(org.jooq.impl.DSL.field("lower(during)", java.time.OffsetDateTime.class))
			.from(RESERVATION)
			.where(RESERVATION.APPOINTMENT_ID.eq(appointment.id().value()))
			.fetch((row) -> row.value1().toInstant());
	}

}
