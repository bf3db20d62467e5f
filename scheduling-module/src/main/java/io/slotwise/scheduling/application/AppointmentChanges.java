package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.RescheduleBooking;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Decision;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.ResourceChoice;
import io.slotwise.scheduling.domain.SlotTaken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Cancels and moves appointments: load the appointment locked, let it decide, save what
 * it decided, publish what happened. The row lock makes a cancel and a reschedule of one
 * appointment take turns, so the second sees the first's result.
 */
@Service
class AppointmentChanges implements CancelBooking, RescheduleBooking {

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final ResourceAllocator allocator;

	private final BookingTransactions transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppointmentChanges(VisitPlanner planner, Appointments appointments, ResourceAllocator allocator,
			BookingTransactions transactions, ApplicationEventPublisher events, Clock clock) {
		this.planner = planner;
		this.appointments = appointments;
		this.allocator = allocator;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<AppointmentDetails> cancelBooking(Requester requester, AppointmentId id) {
		return this.transactions.inTransaction(() -> {
			Optional<Appointment> found = this.appointments.lockedById(id);
			if (found.isEmpty()) {
				return notFound();
			}
			Appointment appointment = found.get();
			return switch (appointment.cancel(requester, this.clock.instant())) {
				case Decision.Refused<?> refused -> Outcome.refused(refused.problem());
				case Decision.Unchanged<?> unchanged -> Outcome.done(appointment.details());
				case Decision.Changed<?>(Object event) -> {
					this.appointments.save(appointment, List.of());
					this.events.publishEvent(event);
					yield Outcome.done(appointment.details());
				}
			};
		});
	}

	@Override
	public Outcome<AppointmentDetails> rescheduleBooking(Requester requester, AppointmentId id, Instant newStart) {
		Optional<Appointment> found = this.appointments.byId(id);
		if (found.isEmpty()) {
			return notFound();
		}
		Optional<Problem> refusal = found.get().refusalToMove(requester);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		Outcome<VisitPlan> planned = this.planner.plan(found.get().patient(), found.get().sameVisitAt(newStart));
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		List<Requirement> requirements = this.allocator.notHeld(plan);
		try {
			return this.transactions.inTransaction(() -> move(requester, id, plan, requirements));
		}
		catch (SlotTaken ex) {
			return Outcome.refused(Refusals.slotUnavailable());
		}
	}

	private Outcome<AppointmentDetails> move(Requester requester, AppointmentId id, VisitPlan plan,
			List<Requirement> requirements) {
		// Locked and read again: a cancel or move that committed meanwhile is decided on.
		Optional<Appointment> found = this.appointments.lockedById(id);
		if (found.isEmpty()) {
			return notFound();
		}
		Appointment appointment = found.get();
		return switch (appointment.rescheduleTo(requester, plan.range(), this.clock.instant())) {
			case Decision.Refused<?> refused -> Outcome.refused(refused.problem());
			case Decision.Unchanged<?> unchanged -> Outcome.done(appointment.details());
			case Decision.Changed<?>(Object event) ->
				switch (this.allocator.choose(requirements, plan.range(), Optional.of(id))) {
					case ResourceChoice.Result.Unmet unmet -> Outcome.refused(Refusals.unavailable(unmet));
					case ResourceChoice.Result.Chosen chosen -> {
						this.appointments.save(appointment, chosen.resources());
						this.events.publishEvent(event);
						yield Outcome.done(appointment.details());
					}
				};
		};
	}

	private static <T> Outcome<T> notFound() {
		return Outcome.refused(Problem.Code.NOT_FOUND, "No such appointment");
	}

}
