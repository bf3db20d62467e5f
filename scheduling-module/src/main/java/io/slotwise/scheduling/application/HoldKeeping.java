package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.ExtendHold;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldState;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.ReleaseHold;
import io.slotwise.scheduling.ViewHold;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Decision;
import io.slotwise.scheduling.domain.Hold;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A holder's live hold: see it, extend it, give it back. The hold decides; the store's
 * scripts apply the decision atomically, so a decision raced by expiry is still refused.
 * Not transactional as a whole, so no database connection waits on Redis; the release
 * event alone gets a short transaction (publication registry and PHI audit).
 */
@Service
class HoldKeeping implements ReleaseHold, ExtendHold, ViewHold {

	private final Appointments appointments;

	private final SlotHolds holds;

	private final SchedulingSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BookingTransactions transactions;

	HoldKeeping(Appointments appointments, SlotHolds holds, SchedulingSettings settings,
			ApplicationEventPublisher events, Clock clock, BookingTransactions transactions) {
		this.transactions = transactions;
		this.appointments = appointments;
		this.holds = holds;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<HoldId> releaseHold(PatientId holder, HoldId id) {
		try {
			Optional<Hold> found = this.holds.find(id);
			if (found.isEmpty()) {
				return Outcome.refused(Hold.notFound());
			}
			return switch (found.get().release(holder, this.clock.instant())) {
				case Decision.Refused<?> refused -> Outcome.refused(refused.problem());
				case Decision.Unchanged<?> unchanged -> Outcome.done(id);
				case Decision.Changed<?>(Object event) -> {
					if (this.holds.remove(found.get())) {
						this.transactions.inTransaction(() -> {
							this.events.publishEvent(event);
							return null;
						});
					}
					yield Outcome.done(id);
				}
			};
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

	@Override
	public Outcome<HoldDetails> extendHold(PatientId holder, HoldId id) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			Optional<Hold> found = this.holds.find(id);
			if (found.isEmpty()) {
				return Outcome.refused(Hold.notFound());
			}
			Outcome<Hold> decided = found.get()
				.extend(holder, now, this.settings.holdTtl(), this.settings.maxHoldExtensions());
			if (!(decided instanceof Outcome.Done<Hold>(Hold extended))) {
				return decided.map((unused) -> null);
			}
			return switch (this.holds.extend(id, holder, now, extended.expiresAt(),
					this.settings.maxHoldExtensions())) {
				case HoldExtension.Extended(Hold hold) -> Outcome.done(hold.details());
				case HoldExtension.Missing() -> Outcome.refused(Hold.notFound());
				case HoldExtension.Expired() ->
					Outcome.refused(Problem.Code.HOLD_EXPIRED, "The hold expired before it could be extended");
				case HoldExtension.LimitReached() -> Outcome.refused(Problem.Code.EXTENSION_LIMIT_REACHED,
						"A hold can be extended at most " + this.settings.maxHoldExtensions() + " times");
			};
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

	@Override
	public Outcome<HoldState> holdState(PatientId holder, HoldId id) {
		Optional<Appointment> booked = this.appointments.byHold(id);
		if (booked.isPresent()) {
			AppointmentDetails appointment = booked.get().details();
			return booked.get().isFor(holder) ? Outcome
				.done(new HoldState(id, HoldState.Status.CONFIRMED, appointment.start(), Optional.of(appointment.id())))
					: Outcome.refused(Hold.notFound());
		}
		try {
			return this.holds.find(id)
				.filter((hold) -> hold.isHeldBy(holder))
				.map((hold) -> Outcome.done(hold.stateAt(this.clock.instant())))
				.orElseGet(() -> Outcome.refused(Hold.notFound()));
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
	}

}
