package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.domain.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class HoldTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ReleaseHold releaseHold;

	@Autowired
	ExtendHold extendHold;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	BookWithoutHold book;

	@Autowired
	ViewHold viewHold;

	@Test
	void holdsPractitionerRoomAndEquipmentForSixtySeconds() {
		Clinic clinic = clinic(1, 2, 2);
		Instant now = this.clock.instant();
		HoldDetails hold = done(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		assertThat(hold.expiresAt()).isBetween(now.plusSeconds(59), now.plusSeconds(61));
		assertThat(heldResources(hold)).extracting(Resource::kind)
			.containsExactly(Resource.Kind.PATIENT, Resource.Kind.PRACTITIONER, Resource.Kind.ROOM,
					Resource.Kind.EQUIPMENT);
		assertThat(this.events.ofType(HoldEvent.Placed.class)).anyMatch((event) -> event.hold().equals(hold.id()));
	}

	@Test
	void overlappingHoldIsRefusedSayingWhenTheBlockingHoldExpires() {
		Clinic clinic = clinic(1, 2, 2);
		HoldDetails first = done(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		Problem problem = refused(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 15)))));
		assertThat(problem.code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(problem.blockedUntil()).contains(first.expiresAt());
		// back to back is not overlapping
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 30)))));
	}

	@Test
	void anotherPractitionerTakesTheOtherRoomAndUnitUntilNoneIsLeft() {
		Clinic clinic = clinic(3, 2, 2);
		Instant start = clinic.at(2, LocalTime.of(11, 0));
		HoldDetails a = done(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.practitioners.get(0), start)));
		HoldDetails b = done(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.practitioners.get(1), start)));
		assertThat(heldResources(a)).doesNotContainAnyElementsOf(heldResources(b));
		Problem noRoom = refused(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.practitioners.get(2), start)));
		assertThat(noRoom.code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(noRoom.blockedUntil()).isPresent();
	}

	@Test
	void releasedHoldFreesTheSlot() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(3, LocalTime.of(9, 0)));
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, slot));
		assertThat(refused(this.releaseHold.releaseHold(Clinic.patient(), hold.id())).code())
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
		done(this.releaseHold.releaseHold(patient, hold.id()));
		done(this.holdSlot.holdSlot(Clinic.patient(), slot));
		assertThat(this.events.ofType(HoldEvent.Released.class)).anyMatch((event) -> event.hold().equals(hold.id()));
	}

	@Test
	void holderMayExtendALimitedNumberOfTimes() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(3, LocalTime.of(13, 0)))));
		this.clock.advance(Duration.ofSeconds(50));
		HoldDetails extended = done(this.extendHold.extendHold(patient, hold.id()));
		assertThat(extended.expiresAt()).isAfter(hold.expiresAt());
		assertThat(extended.extensions()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(50));
		// still live thanks to the extension: another patient is blocked
		assertThat(refused(this.holdSlot.holdSlot(Clinic.patient(), hold.slot())).blockedUntil())
			.contains(extended.expiresAt());
		done(this.extendHold.extendHold(patient, hold.id()));
		assertThat(refused(this.extendHold.extendHold(patient, hold.id())).code())
			.isEqualTo(Problem.Code.EXTENSION_LIMIT_REACHED);
		assertThat(refused(this.extendHold.extendHold(Clinic.patient(), hold.id())).code())
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
	}

	@Test
	void aPatientHasAtMostTwoLiveHolds() {
		Clinic clinic = clinic(1, 3, 3);
		PatientId patient = Clinic.patient();
		done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(4, LocalTime.of(9, 0)))));
		done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(4, LocalTime.of(10, 0)))));
		assertThat(refused(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(4, LocalTime.of(11, 0))))).code())
			.isEqualTo(Problem.Code.HOLD_LIMIT_REACHED);
		this.clock.advance(Duration.ofSeconds(61));
		done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(4, LocalTime.of(11, 0)))));
	}

	@Test
	void holdExpiresAtSixtySecondsOnTheInjectedClock() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId holder = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(5, LocalTime.of(9, 0)));
		HoldDetails hold = done(this.holdSlot.holdSlot(holder, slot));
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(refused(this.holdSlot.holdSlot(Clinic.patient(), slot)).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(done(this.viewHold.holdState(holder, hold.id())).status()).isEqualTo(HoldState.Status.ACTIVE);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(done(this.viewHold.holdState(holder, hold.id())).status()).isEqualTo(HoldState.Status.EXPIRED);
		assertThat(refused(this.confirm.confirmBooking(holder, hold.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_EXPIRED);
		done(this.holdSlot.holdSlot(Clinic.patient(), slot));
	}

	@Test
	void holderReturningAfterExpiryCannotBookOverSomeoneWhoBookedInBetween() {
		Clinic clinic = clinic(1, 1, 1);
		PatientId late = Clinic.patient();
		SlotRequest slot = clinic.procedure(clinic.at(5, LocalTime.of(14, 0)));
		HoldDetails stale = done(this.holdSlot.holdSlot(late, slot));
		this.clock.advance(Duration.ofSeconds(61));
		PatientId quick = Clinic.patient();
		HoldDetails fresh = done(this.holdSlot.holdSlot(quick, slot));
		AppointmentDetails booked = done(this.confirm.confirmBooking(quick, fresh.id(), Optional.empty()));
		assertThat(booked.patient()).isEqualTo(quick);
		assertThat(refused(this.confirm.confirmBooking(late, stale.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_EXPIRED);
		assertThat(refused(this.book.bookWithoutHold(Requester.patient(late), late, slot, Optional.empty())).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
	}

	@Test
	void expiredHoldsAreAnnounced() throws InterruptedException {
		Clinic clinic = clinic(1, 1, 1);
		HoldDetails hold = done(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(6, LocalTime.of(9, 0)))));
		this.clock.advance(Duration.ofSeconds(61));
		long deadline = System.currentTimeMillis() + 5_000;
		while (this.events.ofType(HoldEvent.Expired.class).stream().noneMatch((event) -> event.hold().equals(hold.id()))
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.events.ofType(HoldEvent.Expired.class)).anyMatch((event) -> event.hold().equals(hold.id()));
	}

	@Test
	void slotsOffTheGridOrOutsideHoursAreRefused() {
		Clinic clinic = clinic(1, 1, 1);
		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 5)))))
					.code())
			.isEqualTo(Problem.Code.VALIDATION_FAILED);
		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(17, 45)))))
					.code())
			.isEqualTo(Problem.Code.VALIDATION_FAILED);
		assertThat(refused(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(this.clock.instant().plusSeconds(60))))
			.code()).isEqualTo(Problem.Code.VALIDATION_FAILED);
	}

	@Test
	void anUnknownPractitionerOrOneWhoDoesNotWorkThereIsNotFound() {
		Clinic here = clinic(1, 1, 1);
		Clinic elsewhere = clinic(1, 1, 1);
		Instant start = here.at(2, LocalTime.of(10, 0));
		Problem unknown = refused(
				this.holdSlot.holdSlot(Clinic.patient(), here.procedure(new PractitionerId(UUID.randomUUID()), start)));
		Problem notThere = refused(
				this.holdSlot.holdSlot(Clinic.patient(), here.procedure(elsewhere.practitioner(), start)));
		for (Problem problem : List.of(unknown, notThere)) {
			assertThat(problem.code()).isEqualTo(Problem.Code.NOT_FOUND);
			assertThat(problem.field()).contains("practitionerId");
		}
	}

}
