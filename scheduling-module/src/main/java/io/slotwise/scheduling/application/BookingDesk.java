package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.AppointmentStatus;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.BookingCancelled;
import io.slotwise.scheduling.BookingConfirmed;
import io.slotwise.scheduling.BookingRescheduled;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.Hold;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.RescheduleBooking;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.AlreadyBooked;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.NewBooking;
import io.slotwise.scheduling.domain.SlotTaken;
import io.slotwise.scheduling.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Books, cancels and moves appointments. Every write is one transaction (see
 * {@link BookingTransactions}) that inserts the appointment and one reservation per
 * resource; PostgreSQL's exclusion constraint, not Redis, has the last word on overlaps.
 */
@Service
class BookingDesk implements ConfirmBooking, BookWithoutHold, CancelBooking, RescheduleBooking {

	private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final BookingTransactions transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BookingDesk(VisitPlanner planner, Appointments appointments, SlotHolds holds, BookingTransactions transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.planner = planner;
		this.appointments = appointments;
		this.holds = holds;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<Appointment> confirmBooking(PatientId holder, HoldId holdId, Optional<String> idempotencyKey) {
		Optional<Appointment> earlier = earlier(holder, holdId, idempotencyKey);
		if (earlier.isPresent()) {
			return earlier.get().patient().equals(holder) ? Outcome.done(earlier.get()) : holdNotFound();
		}
		Optional<Hold> found;
		try {
			found = this.holds.find(holdId).filter((hold) -> hold.holder().equals(holder));
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Problem.Code.HOLDS_UNAVAILABLE,
					"Holds are temporarily unavailable; book the slot directly");
		}
		if (found.isEmpty()) {
			// A concurrent confirmation of the same hold may have committed and settled
			// it
			// between our first look at the database and our look at Redis.
			return this.appointments.byHold(holdId)
				.filter((appointment) -> appointment.patient().equals(holder))
				.<Outcome<Appointment>>map(Outcome::done)
				.orElseGet(BookingDesk::holdNotFound);
		}
		Hold hold = found.get();
		if (!hold.liveAt(this.clock.instant())) {
			return Outcome.refused(Problem.Code.HOLD_EXPIRED, "The hold expired at " + hold.expiresAt());
		}
		SlotRequest slot = hold.slot();
		Appointment appointment = new Appointment(new AppointmentId(UUID.randomUUID()), holder,
				slot.practitioner().value(), slot.location().value(), slot.visitType().value(), slot.start(),
				hold.end(), AppointmentStatus.BOOKED);
		Outcome<Appointment> booked = book(
				new NewBooking(appointment, hold.resources(), Optional.of(holdId), idempotencyKey, holder.value()));
		if (booked instanceof Outcome.Done<Appointment>) {
			settle(hold);
		}
		return booked;
	}

	@Override
	public Outcome<Appointment> bookWithoutHold(Requester requester, PatientId patient, SlotRequest slot,
			Optional<String> idempotencyKey) {
		if (!requester.mayActFor(patient, slot.location())) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not book for this patient at this location");
		}
		Optional<Appointment> earlier = idempotencyKey
			.flatMap((key) -> this.appointments.byIdempotencyKey(patient, key));
		if (earlier.isPresent()) {
			return Outcome.done(earlier.get());
		}
		Outcome<VisitPlan> planned = this.planner.plan(slot);
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		Optional<List<BookableResource>> resources = freeResources(plan, List.of());
		if (resources.isEmpty()) {
			return slotUnavailable();
		}
		Appointment appointment = new Appointment(new AppointmentId(UUID.randomUUID()), patient,
				slot.practitioner().value(), slot.location().value(), slot.visitType().value(), slot.start(),
				plan.range().end(), AppointmentStatus.BOOKED);
		return book(new NewBooking(appointment, resources.get(), Optional.empty(), idempotencyKey, requester.id()));
	}

	@Override
	public Outcome<Appointment> cancelBooking(Requester requester, AppointmentId id) {
		Optional<Appointment> found = this.appointments.byId(id);
		if (found.isEmpty()) {
			return Outcome.refused(Problem.Code.NOT_FOUND, "No such appointment");
		}
		Appointment appointment = found.get();
		if (!requester.mayActFor(appointment.patient(), new LocationId(appointment.locationId()))) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not cancel this appointment");
		}
		if (!appointment.isBooked()) {
			return Outcome.done(appointment);
		}
		return this.transactions.inTransaction(() -> {
			this.appointments.cancel(id, this.clock.instant());
			this.events.publishEvent(new BookingCancelled(id, appointment.patient(),
					new PractitionerId(appointment.practitionerId()), new LocationId(appointment.locationId()),
					new VisitTypeId(appointment.visitTypeId()), appointment.start(), appointment.end()));
			return Outcome.done(this.appointments.byId(id).orElseThrow());
		});
	}

	@Override
	public Outcome<Appointment> rescheduleBooking(Requester requester, AppointmentId id, Instant newStart) {
		Optional<Appointment> found = this.appointments.byId(id);
		if (found.isEmpty()) {
			return Outcome.refused(Problem.Code.NOT_FOUND, "No such appointment");
		}
		Appointment old = found.get();
		if (!requester.mayActFor(old.patient(), new LocationId(old.locationId()))) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not move this appointment");
		}
		if (!old.isBooked()) {
			return Outcome.refused(Problem.Code.VALIDATION_FAILED, "A cancelled appointment cannot be moved");
		}
		SlotRequest slot = new SlotRequest(new PractitionerId(old.practitionerId()), new LocationId(old.locationId()),
				new VisitTypeId(old.visitTypeId()), newStart);
		Outcome<VisitPlan> planned = this.planner.plan(slot);
		if (!(planned instanceof Outcome.Done<VisitPlan>(VisitPlan plan))) {
			return planned.map((unused) -> null);
		}
		// Its own reservations are released in the same transaction, so they do not count
		// as busy.
		Optional<List<BookableResource>> resources = freeResources(plan,
				this.appointments.reservedBy(id).stream().map((resource) -> resource.id()).toList(), old);
		if (resources.isEmpty()) {
			return slotUnavailable();
		}
		try {
			return this.transactions.inTransaction(() -> {
				this.appointments.move(id, plan.range(), NewBooking.inStableOrder(resources.get()));
				this.events.publishEvent(new BookingRescheduled(id, old.patient(), slot.practitioner(), slot.location(),
						slot.visitType(), old.start(), old.end(), plan.range().start(), plan.range().end()));
				return Outcome.done(this.appointments.byId(id).orElseThrow());
			});
		}
		catch (SlotTaken ex) {
			return slotUnavailable();
		}
	}

	private Outcome<Appointment> book(NewBooking booking) {
		Appointment appointment = booking.appointment();
		try {
			return this.transactions.inTransaction(() -> {
				this.appointments.add(booking);
				this.events.publishEvent(new BookingConfirmed(appointment.id(), appointment.patient(),
						new PractitionerId(appointment.practitionerId()), new LocationId(appointment.locationId()),
						new VisitTypeId(appointment.visitTypeId()), appointment.start(), appointment.end(),
						booking.hold().orElse(null)));
				return Outcome.done(appointment);
			});
		}
		catch (SlotTaken ex) {
			return slotUnavailable();
		}
		catch (AlreadyBooked ex) {
			// A concurrent retry of the same hold or key won; answer with its booking.
			return earlier(appointment.patient(), booking.hold().orElse(null), booking.idempotencyKey())
				.<Outcome<Appointment>>map(Outcome::done)
				.orElseGet(BookingDesk::slotUnavailable);
		}
	}

	private Optional<Appointment> earlier(PatientId patient, HoldId hold, Optional<String> idempotencyKey) {
		Optional<Appointment> byKey = idempotencyKey.flatMap((key) -> this.appointments.byIdempotencyKey(patient, key));
		return byKey.isPresent() || hold == null ? byKey : this.appointments.byHold(hold);
	}

	private Optional<List<BookableResource>> freeResources(VisitPlan plan, List<UUID> own) {
		return freeResources(plan, own, null);
	}

	/**
	 * Picks the first candidate per requirement that is neither reserved nor held by
	 * anyone; holds are skipped when the store is down (the database still guards).
	 */
	private Optional<List<BookableResource>> freeResources(VisitPlan plan, List<UUID> own, Appointment moving) {
		Map<UUID, List<TimeRange>> booked = this.appointments.reservations(plan.candidateIds(), plan.range());
		if (moving != null) {
			TimeRange ownRange = new TimeRange(moving.start(), moving.end());
			booked = booked.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						(entry) -> own.contains(entry.getKey())
								? entry.getValue().stream().filter((range) -> !range.equals(ownRange)).toList()
								: entry.getValue()));
		}
		VisitPlan free = plan.without(booked);
		try {
			free = free.without(this.holds.held(free.candidateIds(), this.clock.instant()));
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; booking guarded by the database alone: {}", ex.getMessage());
		}
		return free.firstChoice();
	}

	private void settle(Hold hold) {
		try {
			this.holds.settle(hold);
		}
		catch (HoldsUnavailable ex) {
			// The hold expires by itself; confirming it again finds the booking first.
			log.warn("Could not settle confirmed hold {}: {}", hold.id().value(), ex.getMessage());
		}
	}

	private static <T> Outcome<T> holdNotFound() {
		return Outcome.refused(Problem.Code.HOLD_NOT_FOUND, "No such hold");
	}

	private static <T> Outcome<T> slotUnavailable() {
		return Outcome.refused(Problem.Code.SLOT_UNAVAILABLE, "The slot is no longer available");
	}

}
