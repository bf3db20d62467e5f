package io.slotwise.scheduling.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.AlreadyBooked;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Occupancy;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.SlotTaken;
import io.slotwise.scheduling.domain.group.GroupBooking;
import io.slotwise.scheduling.domain.group.GroupBookings;
import io.slotwise.scheduling.domain.group.GroupHold;
import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.GroupBookingDetails;
import io.slotwise.scheduling.group.GroupBookingId;
import io.slotwise.scheduling.group.GroupEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Books every member of a bundle hold in one transaction, or none: the hold decides who
 * may confirm, each member's appointment who may be booked; the claims and the exclusion
 * constraints are those of single bookings.
 */
@Service
class GroupBookingDesk implements ConfirmGroupBooking {

	private static final Logger log = LoggerFactory.getLogger(GroupBookingDesk.class);

	private final Appointments appointments;

	private final GroupBookings groups;

	private final GroupHolds holds;

	private final BookingTransactions transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HoardingGuard guard;

	GroupBookingDesk(Appointments appointments, GroupBookings groups, GroupHolds holds,
			BookingTransactions transactions, ApplicationEventPublisher events, Clock clock, HoardingGuard guard) {
		this.guard = guard;
		this.appointments = appointments;
		this.groups = groups;
		this.holds = holds;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<GroupBookingDetails> confirmGroupBooking(Requester requester, HoldId holdId, Optional<String> key) {
		Optional<Problem> badKey = Appointment.Origin.keyProblem(key);
		if (badKey.isPresent()) {
			return Outcome.refused(badKey.get());
		}
		Optional<Outcome<GroupBookingDetails>> earlier = earlier(requester, holdId, key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Optional<GroupHold> found;
		try {
			found = this.holds.find(holdId);
		}
		catch (HoldsUnavailable ex) {
			return Outcome.refused(Refusals.holdsUnavailable());
		}
		if (found.isEmpty()) {
			// A concurrent confirmation may have committed and removed the hold
			// meanwhile.
			return earlier(requester, holdId, Optional.empty()).orElseGet(() -> Outcome.refused(Hold.notFound()));
		}
		GroupHold hold = found.get();
		return switch (hold.confirm(requester, this.clock.instant())) {
			case Outcome.Refused<List<Appointment.Booked>> refused -> Outcome.refused(refused.problem());
			case Outcome.Done<List<Appointment.Booked>>(List<Appointment.Booked> booked) ->
				commit(requester, hold, booked, key);
		};
	}

	private Outcome<GroupBookingDetails> commit(Requester requester, GroupHold hold, List<Appointment.Booked> booked,
			Optional<String> key) {
		GroupBooking group = new GroupBooking(new GroupBookingId(UUID.randomUUID()), hold.id(), requester.id(), key,
				booked.stream().map((one) -> one.appointment().id()).toList());
		Outcome<GroupBookingDetails> outcome;
		try {
			outcome = this.transactions.inTransaction(() -> {
				Optional<Problem> taken = claimAll(hold);
				if (taken.isPresent()) {
					return Outcome.refused(taken.get());
				}
				// Every member's patient is claimed now, so the caps count exactly; each
				// member appointment counts for its own patient (issue 15).
				Optional<HoardingGuard.Breach> overCap = this.guard.inBookings(requester,
						booked.stream()
							.map((one) -> new HoardingGuard.Visit(one.appointment().patient(),
									one.appointment().practitioner(), one.appointment().time().start()))
							.toList());
				if (overCap.isPresent()) {
					return Outcome.refused(GroupProblems.ofMember(overCap.get().problem(), overCap.get().visit()));
				}
				for (int i = 0; i < booked.size(); i++) {
					this.appointments.add(booked.get(i).appointment(), hold.members().get(i).resources());
				}
				this.groups.add(group);
				booked.forEach((one) -> this.events.publishEvent(one.event()));
				this.events.publishEvent(new GroupEvent.Booked(group.id(), hold.id(), hold.location(),
						hold.practitioners(), group.members(), this.clock.instant()));
				return Outcome.done(new GroupBookingDetails(group.id(),
						booked.stream().map((one) -> one.appointment().details()).toList()));
			});
		}
		catch (SlotTaken | AlreadyBooked ex) {
			outcome = Outcome.refused(Refusals.slotUnavailable());
		}
		if (outcome instanceof Outcome.Done<GroupBookingDetails>) {
			release(hold);
			return outcome;
		}
		// A concurrent retry of the same hold or key may have won: answer with its group.
		return earlier(requester, hold.id(), key).orElse(outcome);
	}

	/**
	 * Claims every member's resources in one global order (kind, then id), the order
	 * single bookings claim people in, so bookings never wait on each other in a cycle.
	 * @return why a member cannot be booked, if one cannot
	 */
	private Optional<Problem> claimAll(GroupHold hold) {
		Occupancy occupancy = this.appointments.occupancy(Optional.empty());
		record Claim(int member, Resource resource) {
		}
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < hold.members().size(); i++) {
			for (Resource resource : hold.members().get(i).resources()) {
				claims.add(new Claim(i, resource));
			}
		}
		claims.sort(Comparator.comparing((Claim claim) -> claim.resource().kind())
			.thenComparing((claim) -> claim.resource().id()));
		for (Claim claim : claims) {
			if (occupancy.claim(claim.resource(), hold.members().get(claim.member()).time(),
					true) != Occupancy.Claim.CLAIMED) {
				return Optional.of(GroupProblems.ofMember((claim.resource().kind() == Resource.Kind.PATIENT)
						? Refusals.patientBusy() : Refusals.slotUnavailable(), claim.member()));
			}
		}
		return Optional.empty();
	}

	private Optional<Outcome<GroupBookingDetails>> earlier(Requester requester, HoldId hold, Optional<String> key) {
		Optional<GroupBooking> byKey = key.flatMap((k) -> this.groups.byIdempotencyKey(requester.id(), k));
		return byKey.or(() -> this.groups.byHold(hold))
			.map((group) -> group.bookedBy().equals(requester.id()) ? Outcome.done(details(group))
					: Outcome.refused(Hold.notFound()));
	}

	GroupBookingDetails details(GroupBooking group) {
		List<AppointmentDetails> members = group.members()
			.stream()
			.map(this.appointments::byId)
			.flatMap(Optional::stream)
			.map(Appointment::details)
			.toList();
		return new GroupBookingDetails(group.id(), members);
	}

	private void release(GroupHold hold) {
		try {
			this.holds.remove(hold);
		}
		catch (HoldsUnavailable ex) {
			// The claims expire by themselves; until then the slots merely look held.
			log.warn("Could not release the claims of confirmed bundle hold {}: {}", hold.id().value(),
					ex.getMessage());
		}
	}

}
