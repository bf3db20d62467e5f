package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldForOffers;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.Hold;

import org.springframework.stereotype.Service;

/**
 * Offer holds for the waitlist: placed and booked by the same code as patients' holds,
 * with the hold's own id as its holder so no patient's cap or ownership applies.
 */
@Service
class OfferHolding implements HoldForOffers {

	private final HoldPlacing placing;

	private final BookingDesk desk;

	private final SlotHolds holds;

	private final SchedulingSettings settings;

	private final Clock clock;

	OfferHolding(HoldPlacing placing, BookingDesk desk, SlotHolds holds, SchedulingSettings settings, Clock clock) {
		this.placing = placing;
		this.desk = desk;
		this.holds = holds;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Outcome<HoldDetails> holdForOffers(SlotRequest slot, Instant until) {
		Instant capped = capped(slot, until);
		if (!capped.isAfter(this.clock.instant())) {
			return Outcome.refused(Problem.Code.VALIDATION_FAILED, "The slot is inside its minimum notice");
		}
		HoldId id = new HoldId(UUID.randomUUID());
		return this.placing.place(new PatientId(id.value()), slot,
				(range, now) -> Hold.draftForOffers(id, slot, range, capped));
	}

	@Override
	public Outcome<HoldDetails> keepForOffers(HoldId id, Instant until) {
		try {
			Optional<Hold> found = this.holds.find(id).filter(Hold::isForOffers);
			if (found.isEmpty()) {
				return Outcome.refused(Hold.notFound());
			}
			Hold hold = found.get();
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			Instant capped = capped(hold.slot(), until);
			if (!capped.isAfter(hold.expiresAt())) {
				return Outcome.done(hold.details());
			}
			return switch (this.holds.extend(id, hold.holder(), now, capped, Integer.MAX_VALUE)) {
				case HoldExtension.Extended(Hold extended) -> Outcome.done(extended.details());
				case HoldExtension.Expired() -> Outcome.refused(Problem.Code.HOLD_EXPIRED, "The offer hold expired");
				default -> Outcome.refused(Hold.notFound());
			};
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

	@Override
	public Outcome<HoldId> releaseOffers(HoldId id) {
		try {
			Optional<Hold> found = this.holds.find(id).filter(Hold::isForOffers);
			found.ifPresent(this.holds::remove);
			return found.isPresent() ? Outcome.done(id) : Outcome.refused(Hold.notFound());
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

	@Override
	public Outcome<AppointmentDetails> bookOffered(HoldId hold, PatientId patient, Optional<String> idempotencyKey) {
		return this.desk.bookOffered(hold, patient, idempotencyKey);
	}

	/** No later than the slot's minimum notice, in Redis' millisecond precision. */
	private Instant capped(SlotRequest slot, Instant until) {
		Instant notice = slot.start().minus(this.settings.minimumNotice());
		return (until.isBefore(notice) ? until : notice).truncatedTo(ChronoUnit.MILLIS);
	}

}
