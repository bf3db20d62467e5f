package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.group.GroupHold;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Places bundle holds with the steps of a single hold ({@link HoldPlacing}): plan every
 * member's visit, leave out what is booked, claim all members' resources in one script,
 * then check the claimed ones against the database once more, in the short transaction
 * that publishes the event; no database connection is held while Redis answers.
 */
@Service
class GroupHoldPlacing implements HoldGroup {

	/** As for single holds: each try reads the database afresh. */
	private static final int ATTEMPTS = 4;

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final GroupHolds holds;

	private final SchedulingSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BookingTransactions transactions;

	GroupHoldPlacing(VisitPlanner planner, Appointments appointments, GroupHolds holds, SchedulingSettings settings,
			ApplicationEventPublisher events, Clock clock, BookingTransactions transactions) {
		this.transactions = transactions;
		this.planner = planner;
		this.appointments = appointments;
		this.holds = holds;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<GroupHoldDetails> holdGroup(Requester requester, List<MemberRequest> members) {
		Optional<Problem> refusal = GroupHold.refusal(requester, members, "members");
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		List<VisitPlan> plans = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			Outcome<VisitPlan> planned = this.planner.plan(members.get(i).patient(), members.get(i).slot());
			if (planned instanceof Outcome.Refused<VisitPlan>(Problem problem)) {
				return Outcome.refused(GroupProblems.ofMember(problem, i));
			}
			plans.add(((Outcome.Done<VisitPlan>) planned).value());
		}
		try {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				Optional<Outcome<GroupHoldDetails>> answer = attempt(requester, members, plans);
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
	private Optional<Outcome<GroupHoldDetails>> attempt(Requester requester, List<MemberRequest> requests,
			List<VisitPlan> plans) {
		List<List<Requirement>> requirements = new ArrayList<>();
		List<GroupHold.Member> members = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			VisitPlan plan = plans.get(i);
			VisitPlan free = plan.without(this.appointments.reservations(plan.candidateIds(), plan.range()));
			if (free.unmet().isPresent()) {
				return Optional.of(Outcome.refused(GroupProblems
					.ofMember(free.patientIsBusy() ? Refusals.patientBusy() : Refusals.slotUnavailable(), i)));
			}
			requirements.add(free.requirements());
			members.add(new GroupHold.Member(requests.get(i), plan.range(), List.of()));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		GroupHold draft = GroupHold.draft(new HoldId(UUID.randomUUID()), requester, members, now,
				this.settings.holdTtl());
		return switch (this.holds.place(draft, requirements, now, this.settings.maxLiveHoldsPerPatient())) {
			case GroupPlacement.Placed(GroupHold hold) -> verified(hold, now);
			case GroupPlacement.Blocked(int member, Instant until, boolean patientIsBusy) ->
				Optional.of(Outcome.refused(GroupProblems.ofMember(Refusals.heldUntil(until, patientIsBusy), member)));
			case GroupPlacement.LimitReached() ->
				Optional.of(Outcome.refused(Problem.Code.HOLD_LIMIT_REACHED, "At most "
						+ this.settings.maxLiveHoldsPerPatient() + " live holds per patient; a bundle counts once"));
		};
	}

	private Optional<Outcome<GroupHoldDetails>> verified(GroupHold hold, Instant now) {
		boolean free = this.transactions.inTransactionOrUndo(() -> {
			for (GroupHold.Member member : hold.members()) {
				List<UUID> claimed = member.resources().stream().map(Resource::id).toList();
				if (!this.appointments.reservations(claimed, member.time()).isEmpty()) {
					return false;
				}
			}
			this.events.publishEvent(hold.held(now));
			return true;
		}, () -> this.holds.remove(hold));
		if (!free) {
			return Optional.empty();
		}
		return Optional.of(Outcome.done(hold.details()));
	}

}
