package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Decision;
import io.slotwise.scheduling.domain.group.GroupBooking;
import io.slotwise.scheduling.domain.group.GroupBookings;
import io.slotwise.scheduling.group.CancelGroupBooking;
import io.slotwise.scheduling.group.GroupBookingDetails;
import io.slotwise.scheduling.group.GroupBookingId;
import io.slotwise.scheduling.group.GroupEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Cancels a group whole or one member: every member's appointment decides for itself (who
 * may cancel it), all in one transaction, so a refusal for one member cancels nobody.
 * Rescheduling one member is an ordinary reschedule of their appointment; the others keep
 * theirs.
 */
@Service
class GroupCancelling implements CancelGroupBooking {

	private final GroupBookings groups;

	private final Appointments appointments;

	private final GroupBookingDesk desk;

	private final BookingTransactions transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GroupCancelling(GroupBookings groups, Appointments appointments, GroupBookingDesk desk,
			BookingTransactions transactions, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.appointments = appointments;
		this.desk = desk;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<GroupBookingDetails> cancelGroupBooking(Requester requester, GroupBookingId id,
			Optional<PatientId> member) {
		Optional<GroupBooking> found = this.groups.byId(id);
		if (found.isEmpty()) {
			return Outcome.refused(notFound());
		}
		try {
			return this.transactions.inTransaction(() -> cancel(requester, found.get(), member));
		}
		catch (Refused ex) {
			return Outcome.refused(ex.problem);
		}
	}

	private Outcome<GroupBookingDetails> cancel(Requester requester, GroupBooking group, Optional<PatientId> member) {
		List<Appointment> all = group.members()
			.stream()
			.map(this.appointments::lockedById)
			.flatMap(Optional::stream)
			.toList();
		List<Appointment> targets = all.stream()
			.filter((appointment) -> member.map(appointment::isFor).orElse(true))
			.toList();
		if (targets.isEmpty()) {
			return Outcome.refused(Problem.inField("memberId", Problem.Code.NOT_FOUND, "No such member in the group"));
		}
		Instant now = this.clock.instant();
		List<BookingEvent.Cancelled> cancelled = new ArrayList<>();
		for (Appointment appointment : targets) {
			switch (appointment.cancel(requester, now)) {
				// Unwinds the transaction: members cancelled so far stay booked.
				case Decision.Refused<BookingEvent.Cancelled> refused -> throw new Refused(refused.problem());
				case Decision.Unchanged<BookingEvent.Cancelled> unchanged -> {
				}
				case Decision.Changed<BookingEvent.Cancelled>(BookingEvent.Cancelled event) -> {
					this.appointments.save(appointment, List.of());
					cancelled.add(event);
				}
			}
		}
		if (!cancelled.isEmpty()) {
			cancelled.forEach(this.events::publishEvent);
			this.events.publishEvent(new GroupEvent.Cancelled(group.id(), all.getFirst().location(),
					cancelled.stream().map(BookingEvent.Cancelled::practitioner).toList(),
					cancelled.stream().map(BookingEvent.Cancelled::appointment).toList(),
					all.stream().noneMatch(Appointment::isBooked), now));
		}
		return Outcome.done(this.desk.details(group));
	}

	private static Problem notFound() {
		return Problem.inField("groupBookingId", Problem.Code.NOT_FOUND, "No such group booking");
	}

	/** A member's refusal, thrown to roll the whole cancellation back. */
	private static final class Refused extends RuntimeException {

		private final transient Problem problem;

		Refused(Problem problem) {
			super(problem.message(), null, false, false);
			this.problem = problem;
		}

	}

}
