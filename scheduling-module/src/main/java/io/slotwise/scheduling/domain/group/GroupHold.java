package io.slotwise.scheduling.domain.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import io.slotwise.scheduling.group.GroupEvent;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.MemberRequest;

/**
 * One hold on every member's slot of a bundle, with one countdown, placed by one caller
 * (a guardian or a staff member) and counted once against that caller's live holds. Only
 * the holder may confirm it; a foreign hold looks the same as a missing one.
 *
 * @param holder who placed it
 * @param members each member's slot and what it holds (empty while a draft)
 */
public record GroupHold(HoldId id, PatientId holder, List<Member> members, Instant expiresAt) {

	/** Two people at least; eight keep one hold script and one transaction small. */
	public static final int MIN_MEMBERS = 2;

	public static final int MAX_MEMBERS = 8;

	public GroupHold {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(expiresAt, "expiresAt");
		members = List.copyOf(members);
	}

	/**
	 * Why the requester may not hold or book these members together, if not: 2-8 members,
	 * each once, all at one location, each the requester, a dependent of theirs, or (for
	 * staff) a patient at their location.
	 * @param field where the members sit in the request
	 */
	public static Optional<Problem> refusal(Requester requester, List<MemberRequest> members, String field) {
		Optional<Problem> size = sizeProblem(members.size(), field);
		if (size.isPresent()) {
			return size;
		}
		Set<PatientId> seen = new HashSet<>();
		for (int i = 0; i < members.size(); i++) {
			MemberRequest member = members.get(i);
			String at = field + "[" + i + "]";
			if (!seen.add(member.patient())) {
				return Optional.of(Problem.inField(at + ".patientId", Problem.Code.DUPLICATE_MEMBER,
						"Each person can be in a group once"));
			}
			if (!member.slot().location().equals(members.getFirst().slot().location())) {
				return Optional.of(Problem.inField(at + ".locationId", Problem.Code.VALIDATION_FAILED,
						"Every member of a bundle is seen at the same location"));
			}
			if (!requester.mayActFor(member.patient(), member.slot().location())) {
				return Optional.of((requester.standing() == Requester.Standing.PATIENT)
						? Problem.inField(at + ".patientId", Problem.Code.NOT_A_DEPENDENT,
								"You may book only for yourself and your dependents")
						: Problem.inField(at + ".patientId", Problem.Code.FORBIDDEN,
								"You may not book for this patient at this location"));
			}
		}
		return Optional.empty();
	}

	public static Optional<Problem> sizeProblem(int size, String field) {
		return (size < MIN_MEMBERS || size > MAX_MEMBERS) ? Optional.of(Problem.inField(field,
				Problem.Code.GROUP_SIZE_INVALID, "A group has " + MIN_MEMBERS + " to " + MAX_MEMBERS + " members"))
				: Optional.empty();
	}

	/** A group hold about to be placed; the hold store picks the resources. */
	public static GroupHold draft(HoldId id, Requester requester, List<Member> members, Instant now, Duration ttl) {
		return new GroupHold(id, new PatientId(requester.id()), members, now.plus(ttl));
	}

	public GroupHold placedWith(List<List<Resource>> chosen) {
		List<Member> placed = new ArrayList<>();
		for (int i = 0; i < this.members.size(); i++) {
			placed.add(this.members.get(i).holding(chosen.get(i)));
		}
		return new GroupHold(this.id, this.holder, placed, this.expiresAt);
	}

	public LocationId location() {
		return this.members.getFirst().request().slot().location();
	}

	public boolean liveAt(Instant now) {
		return this.expiresAt.isAfter(now);
	}

	/**
	 * Books every member for the requester, while the hold is live and theirs; the
	 * appointment decides, member by member, whether the requester may book for them.
	 */
	public Outcome<List<Appointment.Booked>> confirm(Requester requester, Instant now) {
		if (!this.holder.value().equals(requester.id())) {
			return Outcome.refused(Hold.notFound());
		}
		if (!liveAt(now)) {
			return Outcome.refused(Problem.Code.HOLD_EXPIRED, "The hold expired at " + this.expiresAt);
		}
		List<Appointment.Booked> booked = new ArrayList<>();
		for (Member member : this.members) {
			Outcome<Appointment.Booked> one = Appointment.book(
					requester, member.request().patient(), member.request().slot(), member.time(), Appointment.Origin
						.direct(member.request().slot(), member.request().patient(), Optional.empty(), requester.id()),
					now);
			if (one instanceof Outcome.Refused<Appointment.Booked>(Problem problem)) {
				return Outcome.refused(problem);
			}
			booked.add(((Outcome.Done<Appointment.Booked>) one).value());
		}
		return Outcome.done(booked);
	}

	public List<PractitionerId> practitioners() {
		return this.members.stream().map((member) -> member.request().slot().practitioner()).toList();
	}

	public GroupEvent.Held held(Instant now) {
		return new GroupEvent.Held(this.id, this.holder, location(), practitioners(), this.members.size(),
				this.expiresAt, now);
	}

	public GroupHoldDetails details() {
		return new GroupHoldDetails(this.id, this.holder,
				this.members.stream()
					.map((member) -> new GroupHoldDetails.Member(member.request(), member.time().end()))
					.toList(),
				this.expiresAt);
	}

	/**
	 * One member's part of the hold.
	 *
	 * @param time the member's slot
	 * @param resources what it holds for them, the member included
	 */
	public record Member(MemberRequest request, TimeRange time, List<Resource> resources) {

		public Member {
			resources = List.copyOf(resources);
		}

		Member holding(List<Resource> chosen) {
			return new Member(this.request, this.time, chosen);
		}

	}

}
