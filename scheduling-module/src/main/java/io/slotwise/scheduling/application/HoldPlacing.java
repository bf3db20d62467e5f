package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Places holds. Not transactional as a whole: the reads before the claim run on their own
 * and no database connection is held while Redis answers (issue 15); only the check after
 * the claim and the event (publication registry, PHI audit) share one short transaction,
 * so the audit record commits with the placement or not at all.
 *
 * <p>
 * Claim first, then verify: booked resources are filtered out before the store claims,
 * and the claimed ones are checked against the database once more after it did. A booking
 * removes its hold's claims only after it committed, so a placement either sees those
 * claims in Redis or, if it claimed after they went, sees the booking in the database.
 * That is why a confirmed hold can free its claims at once.
 */
@Service
class HoldPlacing implements HoldSlot {

	/**
	 * Each try reads the database afresh, so it skips every booking committed before it;
	 * it only fails again if yet another booking committed and freed its claims between
	 * its two looks. Twenty bookings racing for twenty rooms needed a third try once.
	 */
	private static final int ATTEMPTS = 4;

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final SchedulingSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HoardingGuard guard;

	private final BookingTransactions transactions;

	HoldPlacing(VisitPlanner planner, Appointments appointments, SlotHolds holds, SchedulingSettings settings,
			ApplicationEventPublisher events, Clock clock, HoardingGuard guard, BookingTransactions transactions) {
		this.guard = guard;
		this.transactions = transactions;
		this.planner = planner;
		this.appointments = appointments;
		this.holds = holds;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<HoldDetails> holdSlot(PatientId holder, SlotRequest slot) {
		Optional<Problem> hoarding = this.guard.beforeHold(holder, slot);
		if (hoarding.isPresent()) {
			return Outcome.refused(hoarding.get());
		}
		return place(holder, slot, (range, now) -> Hold.draft(new HoldId(UUID.randomUUID()), holder, slot, range, now,
				this.settings.holdTtl()));
	}

	/**
	 * Places the hold {@code drafting} describes for the slot's time and the current
	 * instant, with the same claim-then-verify steps for every kind of hold.
	 */
	Outcome<HoldDetails> place(PatientId holder, SlotRequest slot, BiFunction<TimeRange, Instant, Hold> drafting) {
		Outcome<VisitPlan> planned = this.planner.plan(holder, slot);
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		try {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				Optional<Outcome<HoldDetails>> answer = attempt(plan, drafting);
				if (answer.isPresent()) {
					return answer.get();
				}
			}
			return Outcome.refused(Refusals.slotUnavailable());
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

	/** The answer, or empty when a booking slipped in between claim and check. */
	private Optional<Outcome<HoldDetails>> attempt(VisitPlan plan, BiFunction<TimeRange, Instant, Hold> drafting) {
		VisitPlan free = plan.without(this.appointments.reservations(plan.candidateIds(), plan.range()));
		if (free.unmet().isPresent()) {
			return Optional.of(Outcome.refused(free.patientIsBusy() ? Refusals.patientBusy()
					: Problem.of(Problem.Code.SLOT_UNAVAILABLE, "The slot is already booked")));
		}
		// Redis keeps milliseconds, so the hold does too: returned equals stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Hold draft = drafting.apply(plan.range(), now);
		return switch (this.holds.place(draft, free.requirements(), now, this.settings.maxLiveHoldsPerPatient())) {
			case HoldPlacement.Placed(Hold hold) -> verified(hold, now);
			case HoldPlacement.Blocked(Instant until, boolean patientIsBusy) ->
				Optional.of(Outcome.refused(Refusals.heldUntil(until, patientIsBusy)));
			case HoldPlacement.LimitReached() -> Optional.of(Outcome.refused(Problem.Code.HOLD_LIMIT_REACHED,
					"At most " + this.settings.maxLiveHoldsPerPatient() + " live holds per patient"));
		};
	}

	private Optional<Outcome<HoldDetails>> verified(Hold hold, Instant now) {
		List<UUID> claimed = hold.resources().stream().map(Resource::id).toList();
		boolean free = this.transactions.inTransactionOrUndo(() -> {
			if (!this.appointments.reservations(claimed, hold.time()).isEmpty()) {
				return false;
			}
			this.events.publishEvent(hold.placed(now));
			return true;
		}, () -> this.holds.remove(hold));
		if (!free) {
			return Optional.empty();
		}
		return Optional.of(Outcome.done(hold.details()));
	}

}
