package io.slotwise.scheduling.domain;

import static io.slotwise.scheduling.domain.AppointmentTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldState;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.SlotRequest;
import org.junit.jupiter.api.Test;

/**
 * The life of a hold (placed, extended, released, expired, confirmed), without Spring or
 * Redis.
 */
class HoldTest {

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	static final Duration TTL = Duration.ofSeconds(60);

	final PatientId holder = new PatientId(UUID.randomUUID());

	final SlotRequest slot = new SlotRequest(new PractitionerId(UUID.randomUUID()), new LocationId(UUID.randomUUID()),
			new VisitTypeId(UUID.randomUUID()), Instant.parse("2026-12-10T12:00:00Z"));

	final Hold hold = Hold
		.draft(new HoldId(UUID.randomUUID()), this.holder, this.slot,
				TimeRange.of(this.slot.start(), Duration.ofMinutes(30)), NOW, TTL)
		.placedWith(List.of(Resource.patient(this.holder)));

	@Test
	void liveForItsTimeToLiveThenExpired() {
		assertThat(this.hold.liveAt(NOW.plus(TTL).minusMillis(1))).isTrue();
		assertThat(this.hold.liveAt(NOW.plus(TTL))).isFalse();
		assertThat(this.hold.stateAt(NOW).status()).isEqualTo(HoldState.Status.ACTIVE);
		assertThat(this.hold.stateAt(NOW.plus(TTL)).status()).isEqualTo(HoldState.Status.EXPIRED);
		assertThat(this.hold.expiry(NOW)).isEmpty();
		assertThat(this.hold.expiry(NOW.plus(TTL))).map(HoldEvent.Expired::expiredAt).contains(NOW.plus(TTL));
	}

	@Test
	void onlyTheHolderMayReleaseAndOthersSeeNoSuchHold() {
		assertThat(this.hold.release(this.holder, NOW)).isInstanceOf(Decision.Changed.class);
		Decision<HoldEvent.Released> stranger = this.hold.release(new PatientId(UUID.randomUUID()), NOW);
		assertThat(((Decision.Refused<?>) stranger).problem().code()).isEqualTo(Problem.Code.HOLD_NOT_FOUND);
		Decision<HoldEvent.Released> late = this.hold.release(this.holder, NOW.plus(TTL));
		assertThat(((Decision.Refused<?>) late).problem().code()).isEqualTo(Problem.Code.HOLD_EXPIRED);
	}

	@Test
	void extendingRestartsTheCountdownALimitedNumberOfTimes() {
		Instant later = NOW.plusSeconds(50);
		Hold once = ((Outcome.Done<Hold>) this.hold.extend(this.holder, later, TTL, 2)).value();
		assertThat(once.expiresAt()).isEqualTo(later.plus(TTL));
		Hold twice = ((Outcome.Done<Hold>) once.extend(this.holder, later, TTL, 2)).value();
		assertThat(refusal(twice.extend(this.holder, later, TTL, 2))).isEqualTo(Problem.Code.EXTENSION_LIMIT_REACHED);
		assertThat(refusal(this.hold.extend(this.holder, NOW.plus(TTL), TTL, 2))).isEqualTo(Problem.Code.HOLD_EXPIRED);
	}

	@Test
	void confirmingALiveHoldBooksItsSlotForItsHolder() {
		Outcome<Appointment.Booked> confirmed = this.hold.confirm(this.holder, Optional.of("key"), NOW);
		Appointment.Booked booked = ((Outcome.Done<Appointment.Booked>) confirmed).value();
		assertThat(booked.appointment().patient()).isEqualTo(this.holder);
		assertThat(booked.appointment().time()).isEqualTo(this.hold.time());
		assertThat(booked.appointment().origin().hold()).contains(this.hold.id());
		assertThat(booked.event().hold()).isEqualTo(this.hold.id());
	}

	@Test
	void anExpiredOrForeignHoldCannotBeConfirmed() {
		assertThat(refusal(this.hold.confirm(this.holder, Optional.empty(), NOW.plus(TTL))))
			.isEqualTo(Problem.Code.HOLD_EXPIRED);
		assertThat(refusal(this.hold.confirm(new PatientId(UUID.randomUUID()), Optional.empty(), NOW)))
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
	}

}
