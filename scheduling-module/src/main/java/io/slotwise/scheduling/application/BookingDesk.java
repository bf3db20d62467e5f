package io.slotwise.scheduling.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.calendar.application.ExternalBusy;
import io.slotwise.scheduling.domain.AlreadyBooked;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.ResourceChoice;
import io.slotwise.scheduling.domain.SlotTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Books new appointments, from a hold or directly. The aggregate decides who may book;
 * the allocator chooses resources inside the transaction; PostgreSQL's exclusion
 * constraint, not Redis, has the last word on overlaps.
 */
@Service
class BookingDesk implements ConfirmBooking, BookWithoutHold {

	private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final ResourceAllocator allocator;

	private final BookingTransactions transactions;

	private final ApplicationEventPublisher events;

	private final ExternalBusy externalBusy;

	private final Clock clock;

	private final HoardingGuard guard;

	BookingDesk(VisitPlanner planner, Appointments appointments, SlotHolds holds, ResourceAllocator allocator,
			BookingTransactions transactions, ApplicationEventPublisher events, ExternalBusy externalBusy, Clock clock,
			HoardingGuard guard) {
		this.guard = guard;
		this.planner = planner;
		this.appointments = appointments;
		this.holds = holds;
		this.allocator = allocator;
		this.transactions = transactions;
		this.events = events;
		this.externalBusy = externalBusy;
		this.clock = clock;
	}

	@Override
	public Outcome<AppointmentDetails> confirmBooking(PatientId holder, HoldId holdId, Optional<String> key) {
		Optional<Problem> badKey = Appointment.Origin.keyProblem(key);
		if (badKey.isPresent()) {
			return Outcome.refused(badKey.get());
		}
		Appointment.Origin asked = Appointment.Origin.held(holdId, holder, key, holder.value());
		Optional<Outcome<AppointmentDetails>> retried = retried(holder, asked);
		if (retried.isPresent()) {
			return retried.get();
		}
		// Redis first: a live hold means no booking yet, or one committed a moment ago
		// whose claims are still going; the hold-once constraint turns the latter into a
		// refusal that commit() answers with that booking. Only a missing hold needs the
		// database to tell "already confirmed" from "not found".
		Optional<Hold> found;
		try {
			found = this.holds.find(holdId);
		}
		catch (HoldsUnavailable ex) {
			return confirmed(holder, holdId).orElseGet(() -> Outcome.refused(Problem.Code.HOLDS_UNAVAILABLE,
					"Holds are temporarily unavailable; book the slot directly"));
		}
		if (found.isEmpty()) {
			return confirmed(holder, holdId).orElseGet(() -> Outcome.refused(Hold.notFound()));
		}
		Hold hold = found.get();
		return commitHeld(Optional.of(Requester.patient(holder)), hold, hold.confirm(holder, key, this.clock.instant()),
				hold.resources());
	}

	/**
	 * The booking of the hold, if it was confirmed already: the holder's, never
	 * another's.
	 */
	private Optional<Outcome<AppointmentDetails>> confirmed(PatientId holder, HoldId holdId) {
		return this.appointments.byHold(holdId)
			.map((booked) -> booked.isFor(holder) ? Outcome.done(booked.details())
					: Outcome.<AppointmentDetails>refused(Hold.notFound()));
	}

	/**
	 * Books the waitlist's offer hold for the patient who accepted the offer, through the
	 * same transaction as a confirmation. Asking again for the same patient returns the
	 * same appointment; for anyone else the slot is gone.
	 */
	Outcome<AppointmentDetails> bookOffered(HoldId holdId, PatientId patient, Optional<String> key) {
		Optional<Outcome<AppointmentDetails>> retried = retried(patient,
				Appointment.Origin.held(holdId, patient, key, patient.value()));
		if (retried.isPresent()) {
			return retried.get();
		}
		Optional<Appointment> byHold = this.appointments.byHold(holdId);
		if (byHold.isPresent()) {
			return byHold.get().isFor(patient) ? Outcome.done(byHold.get().details())
					: Outcome.refused(Refusals.slotUnavailable());
		}
		Optional<Hold> found;
		try {
			found = this.holds.find(holdId);
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
		if (found.isEmpty()) {
			return Outcome.refused(Hold.notFound());
		}
		Hold hold = found.get();
		// An accepted offer is the waitlist's doing, not the patient hoarding: no caps.
		return commitHeld(Optional.empty(), hold, hold.handOver(patient, key, this.clock.instant()),
				hold.resourcesFor(patient));
	}

	/**
	 * Books exactly what the hold claimed: nobody else could take it but a writer that
	 * lost Redis, and then the database refuses. The claims go once the booking is in.
	 */
	private Outcome<AppointmentDetails> commitHeld(Optional<Requester> capped, Hold hold,
			Outcome<Appointment.Booked> decided, List<Resource> resources) {
		return switch (decided) {
			case Outcome.Refused<Appointment.Booked> refused -> Outcome.refused(refused.problem());
			case Outcome.Done<Appointment.Booked>(Appointment.Booked booked) -> {
				if (this.externalBusy.conflicts(booked.appointment().practitioner().value(),
						booked.appointment().time())) {
					// Issue 10: busy time synced after the hold was placed. Cached data
					// only: confirming never waits for a provider.
					yield Outcome.refused(Refusals.externalCalendarConflict());
				}
				Outcome<AppointmentDetails> outcome = commit(capped, booked,
						resources.stream().map(Requirement::exactly).toList());
				if (outcome instanceof Outcome.Done<AppointmentDetails>) {
					releaseClaims(hold);
				}
				yield outcome;
			}
		};
	}

	@Override
	public Outcome<AppointmentDetails> bookWithoutHold(Requester requester, PatientId patient, SlotRequest slot,
			Optional<String> key) {
		if (!requester.mayActFor(patient, slot.location())) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not book for this patient at this location");
		}
		Optional<Problem> badKey = Appointment.Origin.keyProblem(key);
		if (badKey.isPresent()) {
			return Outcome.refused(badKey.get());
		}
		Appointment.Origin asked = Appointment.Origin.direct(slot, patient, key, requester.id());
		Optional<Outcome<AppointmentDetails>> retried = retried(patient, asked);
		if (retried.isPresent()) {
			return retried.get();
		}
		Optional<Problem> hoarding = this.guard.beforeDirectBooking(requester);
		if (hoarding.isPresent()) {
			return Outcome.refused(hoarding.get());
		}
		Outcome<VisitPlan> planned = this.planner.plan(patient, slot);
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		return switch (Appointment.book(requester, patient, slot, plan.range(), asked, this.clock.instant())) {
			case Outcome.Refused<Appointment.Booked> refused -> Outcome.refused(refused.problem());
			case Outcome.Done<Appointment.Booked>(Appointment.Booked booked) ->
				commit(Optional.of(requester), booked, this.allocator.notHeld(plan));
		};
	}

	/**
	 * @param capped whose booking this is, when the anti-hoarding caps apply to it
	 */
	private Outcome<AppointmentDetails> commit(Optional<Requester> capped, Appointment.Booked booked,
			List<Requirement> requirements) {
		Appointment appointment = booked.appointment();
		Outcome<AppointmentDetails> outcome;
		try {
			outcome = this.transactions.inTransaction(
					() -> switch (this.allocator.choose(requirements, appointment.time(), Optional.empty())) {
						case ResourceChoice.Result.Unmet unmet -> Outcome.refused(Refusals.unavailable(unmet));
						case ResourceChoice.Result.Chosen chosen -> {
							// The patient is claimed now (issue 13): the count is exact.
							Optional<Problem> overCap = capped.flatMap((requester) -> this.guard.inBooking(requester,
									appointment.patient(), appointment.practitioner(), appointment.time().start()));
							if (overCap.isPresent()) {
								yield Outcome.refused(overCap.get());
							}
							this.appointments.add(appointment, chosen.resources());
							this.events.publishEvent(booked.event());
							yield Outcome.done(appointment.details());
						}
					});
		}
		catch (SlotTaken | AlreadyBooked ex) {
			outcome = Outcome.refused(Refusals.slotUnavailable());
		}
		if (outcome instanceof Outcome.Refused<AppointmentDetails>) {
			// A concurrent retry of the same hold or key may have won; answer with its
			// booking rather than a refusal.
			Optional<Outcome<AppointmentDetails>> retried = retried(appointment.patient(), appointment.origin());
			if (retried.isPresent()) {
				return retried.get();
			}
			Optional<Appointment> byHold = appointment.origin().hold().flatMap(this.appointments::byHold);
			if (byHold.isPresent() && byHold.get().isFor(appointment.patient())) {
				return Outcome.done(byHold.get().details());
			}
		}
		return outcome;
	}

	/**
	 * What an earlier request with the same idempotency key (by the same requester, for
	 * the same patient) answered: its booking when it asked for the same thing, a refusal
	 * when the key is reused for something else. Never anyone else's booking.
	 */
	private Optional<Outcome<AppointmentDetails>> retried(PatientId patient, Appointment.Origin asked) {
		return asked.idempotencyKey()
			.flatMap((key) -> this.appointments.byIdempotencyKey(asked.bookedBy(), patient, key))
			.map((earlier) -> earlier.origin().sameRequest(asked) ? Outcome.done(earlier.details())
					: Outcome.refused(Problem.inField("idempotencyKey", Problem.Code.IDEMPOTENCY_KEY_REUSED,
							"This idempotency key was used for a different request; send a new key")));
	}

	private void releaseClaims(Hold hold) {
		try {
			this.holds.remove(hold);
		}
		catch (HoldsUnavailable ex) {
			// The claims expire by themselves; until then the slot merely looks held.
			log.warn("Could not release the claims of confirmed hold {}: {}", hold.id().value(), ex.getMessage());
		}
	}

}
