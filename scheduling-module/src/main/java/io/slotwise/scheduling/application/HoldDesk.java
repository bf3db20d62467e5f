package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.ExtendHold;
import io.slotwise.scheduling.Hold;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldPlaced;
import io.slotwise.scheduling.HoldReleased;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.HoldState;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.ReleaseHold;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.ViewHold;
import io.slotwise.scheduling.domain.Appointments;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places, extends and releases holds. Transactional only so that the events it publishes
 * go through the publication registry.
 */
@Service
@Transactional
class HoldDesk implements HoldSlot, ReleaseHold, ExtendHold, ViewHold {

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final SchedulingSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HoldDesk(VisitPlanner planner, Appointments appointments, SlotHolds holds, SchedulingSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.planner = planner;
		this.appointments = appointments;
		this.holds = holds;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<Hold> holdSlot(PatientId holder, SlotRequest slot) {
		Outcome<VisitPlan> planned = this.planner.plan(slot);
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		// Booked resources are filtered out here; held ones are judged atomically in the
		// store. A booking committed in between is caught at confirmation by the
		// database.
		VisitPlan free = plan.without(this.appointments.reservations(plan.candidateIds(), plan.range()));
		if (!free.everyRequirementHasACandidate()) {
			return Outcome.refused(Problem.Code.SLOT_UNAVAILABLE, "The slot is already booked");
		}
		// Redis keeps milliseconds; so does the hold, so the payload equals what is
		// stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		HoldDraft draft = new HoldDraft(new HoldId(UUID.randomUUID()), holder, slot, plan.range(),
				now.plus(this.settings.holdTtl()));
		try {
			return switch (this.holds.place(draft, free.groups(), now, this.settings.maxLiveHoldsPerPatient())) {
				case HoldPlacement.Placed(Hold hold) -> {
					this.events.publishEvent(new HoldPlaced(hold.id(), holder, slot.practitioner(), slot.location(),
							slot.start(), hold.end(), hold.expiresAt()));
					yield Outcome.done(hold);
				}
				case HoldPlacement.Blocked(Instant until) -> Outcome.refused(new Problem(Problem.Code.SLOT_UNAVAILABLE,
						"The slot is held by someone else until " + until, Optional.of(until)));
				case HoldPlacement.LimitReached() -> Outcome.refused(Problem.Code.HOLD_LIMIT_REACHED,
						"At most " + this.settings.maxLiveHoldsPerPatient() + " live holds per patient");
			};
		}
		catch (HoldsUnavailable ex) {
			return holdsUnavailable();
		}
	}

	@Override
	public Outcome<HoldId> releaseHold(PatientId holder, HoldId id) {
		try {
			Optional<Hold> found = this.holds.find(id).filter((hold) -> hold.holder().equals(holder));
			if (found.isEmpty()) {
				return notFound();
			}
			if (!found.get().liveAt(this.clock.instant())) {
				return Outcome.refused(Problem.Code.HOLD_EXPIRED, "The hold has expired already");
			}
			this.holds.remove(id)
				.ifPresent((hold) -> this.events.publishEvent(new HoldReleased(hold.id(), hold.holder(),
						hold.slot().practitioner(), hold.slot().location(), hold.slot().start(), hold.end())));
			return Outcome.done(id);
		}
		catch (HoldsUnavailable ex) {
			return holdsUnavailable();
		}
	}

	@Override
	public Outcome<Hold> extendHold(PatientId holder, HoldId id) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			return switch (this.holds.extend(id, holder, now, now.plus(this.settings.holdTtl()),
					this.settings.maxHoldExtensions())) {
				case HoldExtension.Extended(Hold hold) -> Outcome.done(hold);
				case HoldExtension.Missing() -> notFound();
				case HoldExtension.Expired() ->
					Outcome.refused(Problem.Code.HOLD_EXPIRED, "The hold expired before it could be extended");
				case HoldExtension.LimitReached() -> Outcome.refused(Problem.Code.EXTENSION_LIMIT_REACHED,
						"A hold can be extended at most " + this.settings.maxHoldExtensions() + " times");
			};
		}
		catch (HoldsUnavailable ex) {
			return holdsUnavailable();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Outcome<HoldState> holdState(PatientId holder, HoldId id) {
		Optional<Appointment> booked = this.appointments.byHold(id);
		if (booked.isPresent()) {
			return booked.get().patient().equals(holder) ? Outcome.done(
					new HoldState(id, HoldState.Status.CONFIRMED, booked.get().start(), Optional.of(booked.get().id())))
					: notFound();
		}
		try {
			return this.holds.find(id)
				.filter((hold) -> hold.holder().equals(holder))
				.map((hold) -> Outcome.done(new HoldState(id,
						hold.liveAt(this.clock.instant()) ? HoldState.Status.ACTIVE : HoldState.Status.EXPIRED,
						hold.expiresAt(), Optional.empty())))
				.orElseGet(HoldDesk::notFound);
		}
		catch (HoldsUnavailable ex) {
			return holdsUnavailable();
		}
	}

	private static <T> Outcome<T> notFound() {
		return Outcome.refused(Problem.Code.HOLD_NOT_FOUND, "No such hold");
	}

	private static <T> Outcome<T> holdsUnavailable() {
		return Outcome.refused(Problem.Code.HOLDS_UNAVAILABLE,
				"Holds are temporarily unavailable; booking directly still works");
	}

}
