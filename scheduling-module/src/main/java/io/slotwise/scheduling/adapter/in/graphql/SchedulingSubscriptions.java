package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorException;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldState;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.jspecify.annotations.Nullable;
import io.slotwise.scheduling.ViewAppointment;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.ViewHold;
import io.slotwise.scheduling.WatchAvailability;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

/**
 * Real-time views. Hold state is polled once a second from the stores, so it is right
 * whichever instance placed, confirmed or expired the hold; availability is pushed again
 * when any instance changes something for the practitioner at the location.
 */
@Controller
class SchedulingSubscriptions {

	private final ViewHold viewHold;

	private final FindAvailableSlots slots;

	private final WatchAvailability changes;

	private final Clock clock;

	private final ViewAppointment appointments;

	SchedulingSubscriptions(ViewHold viewHold, FindAvailableSlots slots, WatchAvailability changes, Clock clock,
			ViewAppointment appointments) {
		this.appointments = appointments;
		this.viewHold = viewHold;
		this.slots = slots;
		this.changes = changes;
		this.clock = clock;
	}

	@SubscriptionMapping
	@PreAuthorize("hasRole('PATIENT')")
	Flux<HoldStateView> holdState(@Argument HoldId holdId) {
		// Read synchronously, while the WebSocket's authentication is on this thread: an
		// @AuthenticationPrincipal argument would be resolved asynchronously, after the
		// subscription is handed over, where no authentication is visible any more.
		Jwt caller = (Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		PatientId holder = CallerArguments.patient(caller);
		HoldId hold = holdId;
		HoldStateView first = state(holder, hold, null);
		if (first == null) {
			throw UserErrors.raised(Problem.of(Problem.Code.HOLD_NOT_FOUND, "No such hold"));
		}
		if (!first.status().equals(HoldState.Status.ACTIVE.name())) {
			return Flux.just(first);
		}
		return Flux
			.concat(Flux.just(first),
					Flux.interval(Duration.ofSeconds(1))
						.publishOn(Schedulers.boundedElastic())
						.map((tick) -> state(holder, hold, first)))
			.takeUntil((view) -> !view.status().equals(HoldState.Status.ACTIVE.name()));
	}

	@SubscriptionMapping
	@PreAuthorize("permitAll()")
	Flux<List<Slot>> availabilityChanged(@Argument PractitionerId practitionerId, @Argument LocationId locationId,
			@Argument VisitTypeId visitTypeId, @Argument LocalDate date) {
		PractitionerId practitioner = practitionerId;
		LocationId location = locationId;
		List<Slot> now = AvailabilityQueries.freeSlots(this.slots, practitionerId, locationId, visitTypeId, date, date);
		return Flux
			.concat(Flux.just(now),
					this.changes.changes(practitioner, location)
						.publishOn(Schedulers.boundedElastic())
						.map((change) -> AvailabilityQueries.freeSlots(this.slots, practitionerId, locationId,
								visitTypeId, date, date)))
			.distinctUntilChanged();
	}

	/**
	 * Shown as to the holder, whose booking it is; pushed once per state, so there is
	 * nothing to batch.
	 */
	@SchemaMapping(typeName = "HoldState", field = "appointment")
	@PreAuthorize("permitAll()")
	@Nullable AppointmentDetails appointment(HoldStateView state) {
		return (state.appointmentId() == null) ? null
				: this.appointments
					.appointment(Requester.patient(state.holder()), AppointmentId.of(state.appointmentId()))
					.orElse(null);
	}

	// A hold that vanished after being seen active was released (or forgotten after
	// expiry).
	private HoldStateView state(PatientId holder, HoldId hold, HoldStateView previous) {
		Outcome<HoldState> outcome = this.viewHold.holdState(holder, hold);
		if (outcome instanceof Outcome.Done<HoldState>(HoldState state)) {
			long left = Math.max(0, Duration.between(this.clock.instant(), state.expiresAt()).toSeconds());
			return new HoldStateView(hold.value().toString(), state.status().name(), state.expiresAt(),
					state.status() == HoldState.Status.ACTIVE ? (int) left : 0,
					state.appointment().map((id) -> id.value().toString()).orElse(null), holder);
		}
		if (previous == null) {
			return null;
		}
		boolean expired = !previous.expiresAt().isAfter(this.clock.instant());
		return new HoldStateView(previous.holdId(),
				expired ? HoldState.Status.EXPIRED.name() : HoldState.Status.RELEASED.name(), previous.expiresAt(), 0,
				null, holder);
	}

	/**
	 * One push of a hold's state.
	 *
	 * @param status ACTIVE, EXPIRED, RELEASED or CONFIRMED
	 * @param expiresAt countdown target
	 * @param secondsLeft whole seconds left by the server's clock
	 * @param appointmentId the booking, once confirmed
	 * @param holder whose hold it is: the booking is shown as to them
	 */
	record HoldStateView(String holdId, String status, Instant expiresAt, int secondsLeft, String appointmentId,
			PatientId holder) {
	}

}
