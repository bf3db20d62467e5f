package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.domain.Resource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class BookingTests extends SchedulingTestSupport {

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
	FindAvailableSlots availability;

	@Autowired
	DSLContext db;

	@Test
	void confirmingAHoldReservesEveryResourceInOneGo() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(9, 0)))));
		java.util.List<UUID> claimed = heldResources(hold).stream().map(Resource::id).toList();
		AppointmentDetails booked = done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
		assertThat(reservedResources(booked.id())).hasSize(4).containsExactlyInAnyOrderElementsOf(claimed);
		assertThat(this.events.ofType(BookingEvent.Confirmed.class))
			.anyMatch((event) -> event.appointment().equals(booked.id()) && hold.id().equals(event.hold()));
	}

	@Test
	void confirmingTheSameHoldTwiceReturnsTheSameBooking() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		AppointmentDetails first = done(this.confirm.confirmBooking(patient, hold.id(), Optional.of("k-1")));
		AppointmentDetails again = done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
		AppointmentDetails retried = done(this.confirm.confirmBooking(patient, hold.id(), Optional.of("k-1")));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(retried.id()).isEqualTo(first.id());
		assertThat(this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()))).isOne();
		assertThat(refused(this.confirm.confirmBooking(Clinic.patient(), hold.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
	}

	@Test
	void idempotencyKeyMakesADirectBookingRetrySafe() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		Requester staff = clinic.staff();
		SlotRequest slot = clinic.procedure(clinic.at(2, LocalTime.of(11, 0)));
		AppointmentDetails first = done(this.book.bookWithoutHold(staff, patient, slot, Optional.of("retry-me")));
		AppointmentDetails retried = done(this.book.bookWithoutHold(staff, patient, slot, Optional.of("retry-me")));
		assertThat(retried.id()).isEqualTo(first.id());
		assertThat(this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()))).isOne();
	}

	@Test
	void aRoomTakenBehindRedissBackLeavesNoPractitionerReservation() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(12, 0)))));
		reserveBehindTheHoldsBack(clinic.rooms.getFirst(), hold);
		assertRefusedWithoutLeftovers(patient, hold);
	}

	@Test
	void anEquipmentUnitTakenBehindRedissBackLeavesNoPractitionerReservation() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(13, 0)))));
		reserveBehindTheHoldsBack(clinic.units.getFirst(), hold);
		assertRefusedWithoutLeftovers(patient, hold);
	}

	@Test
	void cancellingFreesEveryResource() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(3, LocalTime.of(9, 0)));
		AppointmentDetails booked = done(
				this.book.bookWithoutHold(Requester.patient(patient), patient, slot, Optional.empty()));
		assertThat(freeStarts(clinic)).doesNotContain(slot.start());
		AppointmentDetails cancelled = done(this.cancel.cancelBooking(Requester.patient(patient), booked.id()));
		assertThat(cancelled.status()).isEqualTo(AppointmentDetails.Status.CANCELLED);
		assertThat(reservedResources(booked.id())).isEmpty();
		assertThat(freeStarts(clinic)).contains(slot.start());
		assertThat(this.events.ofType(BookingEvent.Cancelled.class))
			.anyMatch((event) -> event.appointment().equals(booked.id()));
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(), slot, Optional.empty()));
	}

	@Test
	void whoMayCancelWhat() {
		Clinic clinic = clinic(1, 1, 1);
		Clinic elsewhere = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.at(3, LocalTime.of(10, 0))), Optional.empty()));
		assertThat(refused(this.cancel.cancelBooking(Requester.patient(Clinic.patient()), booked.id())).code())
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(refused(this.cancel.cancelBooking(elsewhere.staff(), booked.id())).code())
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(refused(this.book.bookWithoutHold(elsewhere.staff(), patient,
				clinic.procedure(clinic.at(3, LocalTime.of(11, 0))), Optional.empty()))
			.code()).isEqualTo(Problem.Code.FORBIDDEN);
		done(this.cancel.cancelBooking(clinic.staff(), booked.id()));
		AppointmentDetails other = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(clinic.at(3, LocalTime.of(12, 0))), Optional.empty()));
		done(this.cancel.cancelBooking(new Requester(UUID.randomUUID(), Requester.Standing.ADMIN, Set.of()),
				other.id()));
	}

	@Test
	void reschedulingMovesAllReservationsAtOnce() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		Instant from = clinic.at(4, LocalTime.of(9, 0));
		AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(from), Optional.empty()));
		// overlaps its own old time: its old reservations do not count against it
		Instant to = clinic.at(4, LocalTime.of(9, 15));
		AppointmentDetails moved = done(this.reschedule.rescheduleBooking(Requester.patient(patient), booked.id(), to));
		assertThat(moved.id()).isEqualTo(booked.id());
		assertThat(moved.start()).isEqualTo(to);
		// practitioner, room, unit and the patient
		assertThat(reservationStarts(booked.id())).hasSize(4).containsOnly(to);
		assertThat(freeStarts(clinic)).contains(clinic.at(4, LocalTime.of(8, 30))).doesNotContain(to);
		assertThat(this.events.ofType(BookingEvent.Rescheduled.class))
			.anyMatch((event) -> event.appointment().equals(booked.id()) && event.previousStart().equals(from));
	}

	@Test
	void reschedulingOntoATakenSlotChangesNothing() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		Instant from = clinic.at(4, LocalTime.of(14, 0));
		AppointmentDetails booked = done(this.book.bookWithoutHold(Requester.patient(patient), patient,
				clinic.procedure(from), Optional.empty()));
		Instant taken = clinic.at(4, LocalTime.of(15, 0));
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(), clinic.procedure(taken), Optional.empty()));
		assertThat(refused(this.reschedule.rescheduleBooking(Requester.patient(patient), booked.id(), taken)).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(reservationStarts(booked.id())).hasSize(4).containsOnly(from);
	}

	private void assertRefusedWithoutLeftovers(PatientId patient, HoldDetails hold) {
		assertThat(refused(this.confirm.confirmBooking(patient, hold.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()))).isZero();
		assertThat(this.db.fetchCount(RESERVATION, RESERVATION.RESOURCE_ID.eq(hold.slot().practitioner().value())))
			.isZero();
	}

	/**
	 * Another writer (an instance that lost Redis, say) reserves a resource the hold
	 * claims; the exclusion constraint is all that stands in the way.
	 */
	private void reserveBehindTheHoldsBack(BookableResource resource, HoldDetails hold) {
		UUID appointment = UUID.randomUUID();
		this.db.insertInto(APPOINTMENT)
			.set(APPOINTMENT.ID, appointment)
			.set(APPOINTMENT.PATIENT_ID, UUID.randomUUID())
			.set(APPOINTMENT.PRACTITIONER_ID, UUID.randomUUID())
			.set(APPOINTMENT.LOCATION_ID, hold.slot().location().value())
			.set(APPOINTMENT.VISIT_TYPE_ID, hold.slot().visitType().value())
			.set(APPOINTMENT.STARTS_AT, hold.slot().start().atOffset(ZoneOffset.UTC))
			.set(APPOINTMENT.ENDS_AT, hold.end().atOffset(ZoneOffset.UTC))
			.set(APPOINTMENT.STATUS, "BOOKED")
			.set(APPOINTMENT.BOOKED_BY, UUID.randomUUID())
			.set(APPOINTMENT.REQUEST_FINGERPRINT, "behind-the-holds-back")
			.execute();
		this.db.insertInto(RESERVATION)
			.set(RESERVATION.APPOINTMENT_ID, appointment)
			.set(RESERVATION.RESOURCE_KIND, resource.kind().name())
			.set(RESERVATION.RESOURCE_ID, resource.id())
			.set(RESERVATION.DURING,
					OffsetDateTimeRange.offsetDateTimeRange(hold.slot().start().atOffset(ZoneOffset.UTC), true,
							hold.end().atOffset(ZoneOffset.UTC), false))
			.execute();
	}

	private java.util.List<UUID> reservedResources(AppointmentId appointment) {
		return this.db.select(RESERVATION.RESOURCE_ID)
			.from(RESERVATION)
			.where(RESERVATION.APPOINTMENT_ID.eq(appointment.value()))
			.fetch(RESERVATION.RESOURCE_ID);
	}

	private java.util.List<Instant> reservationStarts(AppointmentId appointment) {
		return this.db.select(DSL.field("lower(during)", java.time.OffsetDateTime.class))
			.from(RESERVATION)
			.where(RESERVATION.APPOINTMENT_ID.eq(appointment.value()))
			.fetch((row) -> row.value1().toInstant());
	}

	private java.util.List<Instant> freeStarts(Clinic clinic) {
		return done(this.availability.availableSlots(new AvailabilityQuery(clinic.practitioner(), clinic.location.id(),
				clinic.procedure.visitType(), clinic.day(2), clinic.day(5))))
			.stream()
			.map(Slot::start)
			.toList();
	}

}
