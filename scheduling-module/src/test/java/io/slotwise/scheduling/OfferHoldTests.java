package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.domain.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The waitlist's offer holds: nobody else can take the slot, search does not show it, no
 * patient's cap counts it, and the accepting patient is booked with its resources.
 */
@ApplicationModuleTest
class OfferHoldTests extends SchedulingTestSupport {

	@Autowired
	HoldForOffers offers;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	FindAvailableSlots slots;

	@Test
	void offerHoldHidesTheSlotFromEveryoneAndBooksTheAcceptingPatient() {
		Clinic clinic = clinic(1, 1, 1);
		Instant start = clinic.at(2, LocalTime.of(10, 0));
		SlotRequest slot = clinic.procedure(clinic.practitioner(), start);
		HoldDetails hold = done(this.offers.holdForOffers(slot, this.clock.instant().plus(Duration.ofMinutes(15))));

		assertThat(free(clinic, 2)).doesNotContain(start);
		PatientId patient = Clinic.patient();
		assertThat(refused(this.holdSlot.holdSlot(patient, slot)).code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(refused(this.confirm.confirmBooking(patient, hold.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
		// the offer hold is nobody's: the patient may still place their two own holds
		done(this.holdSlot.holdSlot(patient,
				clinic.procedure(clinic.practitioner(), clinic.at(3, LocalTime.of(9, 0)))));
		done(this.holdSlot.holdSlot(patient,
				clinic.procedure(clinic.practitioner(), clinic.at(3, LocalTime.of(11, 0)))));

		AppointmentDetails booked = done(this.offers.bookOffered(hold.id(), patient, Optional.empty()));
		assertThat(booked.patient()).isEqualTo(patient);
		assertThat(booked.start()).isEqualTo(start);
		assertThat(done(this.offers.bookOffered(hold.id(), patient, Optional.empty())).id()).isEqualTo(booked.id());
		assertThat(refused(this.offers.bookOffered(hold.id(), Clinic.patient(), Optional.empty())).code())
			.isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(this.events.ofType(BookingEvent.Confirmed.class))
			.anyMatch((event) -> event.appointment().equals(booked.id()) && hold.id().equals(event.hold()));
	}

	@Test
	void offerHoldNeverOutlastsTheMinimumNoticeAndCanBeKeptAndReleased() {
		Clinic clinic = clinic(1, 1, 1);
		Instant start = clinic.at(2, LocalTime.of(10, 0));
		SlotRequest slot = clinic.procedure(clinic.practitioner(), start);
		HoldDetails hold = done(this.offers.holdForOffers(slot, this.clock.instant().plus(Duration.ofMinutes(5))));
		HoldDetails kept = done(
				this.offers.keepForOffers(hold.id(), this.clock.instant().plus(Duration.ofMinutes(20))));
		assertThat(kept.expiresAt()).isAfter(hold.expiresAt());
		HoldDetails capped = done(this.offers.keepForOffers(hold.id(), start.plus(Duration.ofHours(1))));
		assertThat(capped.expiresAt()).isEqualTo(start.minus(Duration.ofHours(1)));
		assertThat(this.holdStore.find(hold.id()).orElseThrow().resources()).extracting(Resource::kind)
			.contains(Resource.Kind.PRACTITIONER, Resource.Kind.ROOM, Resource.Kind.EQUIPMENT);

		done(this.offers.releaseOffers(hold.id()));
		assertThat(free(clinic, 2)).contains(start);
		// a patient's own hold is not an offer hold
		HoldDetails own = done(this.holdSlot.holdSlot(Clinic.patient(), slot));
		assertThat(refused(this.offers.releaseOffers(own.id())).code()).isEqualTo(Problem.Code.HOLD_NOT_FOUND);
	}

	private List<Instant> free(Clinic clinic, int daysAhead) {
		return done(this.slots.availableSlots(new AvailabilityQuery(clinic.practitioner(), clinic.location.id(),
				clinic.procedure.visitType(), clinic.day(daysAhead), clinic.day(daysAhead))))
			.stream()
			.map(Slot::start)
			.toList();
	}

}
