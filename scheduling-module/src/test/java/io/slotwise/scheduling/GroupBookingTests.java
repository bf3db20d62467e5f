package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.GROUP_BOOKING;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.slotwise.resources.VisitRequirements;
import io.slotwise.scheduling.group.Bundle;
import io.slotwise.scheduling.group.BundleOutcome;
import io.slotwise.scheduling.group.BundleQuery;
import io.slotwise.scheduling.group.CancelGroupBooking;
import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.FindBundles;
import io.slotwise.scheduling.group.GroupBookingDetails;
import io.slotwise.scheduling.group.GroupEvent;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;
import io.slotwise.scheduling.group.MemberWish;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Group and family booking against real PostgreSQL and Redis: a guardian with dependents
 * finds, holds and books a bundle; everything is all or nothing; nobody acts for someone
 * else's dependents.
 */
@ApplicationModuleTest
class GroupBookingTests extends SchedulingTestSupport {

	@Autowired
	org.springframework.core.env.Environment environment;

	@Autowired
	ManageDependents dependents;

	@Autowired
	FindBundles bundles;

	@Autowired
	HoldGroup holdGroup;

	@Autowired
	ConfirmGroupBooking confirm;

	@Autowired
	CancelGroupBooking cancel;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancelBooking;

	@Autowired
	RescheduleBooking reschedule;

	@Autowired
	ListPatientAppointments appointments;

	@Autowired
	RedissonClient redisson;

	@Autowired
	DSLContext db;

	@Test
	void aGuardianBooksThreeChildrenInOneTripAndSeesWhomEachIsFor() {
		Clinic clinic = clinic(3, 3, 3);
		Family family = family(3);
		Bundle best = best(family, clinic, 2);

		GroupHoldDetails hold = done(this.holdGroup.holdGroup(family.requester(), requests(family, best)));
		GroupBookingDetails group = done(
				this.confirm.confirmGroupBooking(family.requester(), hold.id(), Optional.of("trip-1")));

		assertThat(group.appointments()).extracting(AppointmentDetails::patient).containsExactlyElementsOf(family.kids);
		assertThat(group.appointments())
			.allSatisfy((appointment) -> assertThat(appointment.status()).isEqualTo(AppointmentDetails.Status.BOOKED));
		// idempotent, by hold and by key
		assertThat(done(this.confirm.confirmGroupBooking(family.requester(), hold.id(), Optional.of("trip-1"))).id())
			.isEqualTo(group.id());
		assertThat(done(this.confirm.confirmGroupBooking(family.requester(), hold.id(), Optional.empty())).id())
			.isEqualTo(group.id());
		assertThat(this.db.fetchCount(GROUP_MEMBER, GROUP_MEMBER.GROUP_BOOKING_ID.eq(group.id().value()))).isEqualTo(3);
		assertThat(this.appointments.appointmentsOf(family.all(), 0, 10)).extracting(AppointmentDetails::patient)
			.containsExactlyInAnyOrderElementsOf(family.kids);
		assertThat(this.events.ofType(GroupEvent.Booked.class))
			.anySatisfy((booked) -> assertThat(booked.group()).isEqualTo(group.id()));
	}

	@Test
	void aMemberSlotTakenBetweenSearchAndHoldLeavesNothingHeldOrBooked() {
		Clinic clinic = clinic(3, 3, 3);
		Family family = family(3);
		Bundle best = best(family, clinic, 2);
		Bundle.MemberSlot second = best.slots().get(1);
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				new SlotRequest(second.practitioner(), clinic.location.id(), second.visitType(), second.start()),
				Optional.empty()));

		Problem problem = refused(this.holdGroup.holdGroup(family.requester(), requests(family, best)));

		assertThat(problem.code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(problem.field()).contains("members[1]");
		// nothing of the bundle is held: the first member's slot can be held by anyone
		Bundle.MemberSlot first = best.slots().getFirst();
		done(this.holdSlot.holdSlot(Clinic.patient(),
				new SlotRequest(first.practitioner(), clinic.location.id(), first.visitType(), first.start())));
		assertThat(bookedFor(family)).isZero();
	}

	/**
	 * Redis loses one member's claim (a failover) and a direct booking takes that slot
	 * between hold and confirm: the database refuses the whole bundle.
	 */
	@Test
	void aMemberSlotTakenBetweenHoldAndConfirmBooksNobody() {
		Clinic clinic = clinic(3, 3, 3);
		Family family = family(3);
		Bundle best = best(family, clinic, 2);
		GroupHoldDetails hold = done(this.holdGroup.holdGroup(family.requester(), requests(family, best)));
		Bundle.MemberSlot last = best.slots().getLast();
		// Keys name resources by their keyed pseudonym (ADR 0017).
		this.redisson.getKeys().delete("slotwise:scheduling:{holds}:held:" + pseudonym(last.practitioner().value()));
		done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				new SlotRequest(last.practitioner(), clinic.location.id(), last.visitType(), last.start()),
				Optional.empty()));

		Problem problem = refused(this.confirm.confirmGroupBooking(family.requester(), hold.id(), Optional.empty()));

		assertThat(problem.code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
		assertThat(problem.field()).contains("members[2]");
		assertThat(bookedFor(family)).isZero();
		assertThat(this.db.fetchCount(GROUP_BOOKING, GROUP_BOOKING.HOLD_ID.eq(hold.id().value()))).isZero();
	}

	@Test
	void aPatientCannotSearchHoldBookOrCancelForSomeoneElsesDependent() {
		Clinic clinic = clinic(3, 3, 3);
		Family mine = family(2);
		Family theirs = family(2);
		Bundle best = best(mine, clinic, 2);
		List<MemberRequest> stolen = List.of(new MemberRequest(mine.guardian, request(clinic, best.slots().get(0))),
				new MemberRequest(theirs.kids.getFirst(), request(clinic, best.slots().get(1))));

		Problem hold = refused(this.holdGroup.holdGroup(mine.requester(), stolen));
		assertThat(hold.code()).isEqualTo(Problem.Code.NOT_A_DEPENDENT);
		assertThat(hold.field()).contains("members[1].patientId");
		BundleOutcome search = this.bundles.findBundles(mine.requester(),
				query(clinic, List.of(mine.kids.getFirst(), theirs.kids.getFirst())), 0, 10);
		assertThat(search).isInstanceOfSatisfying(BundleOutcome.Refused.class,
				(refused) -> assertThat(refused.problem().code()).isEqualTo(Problem.Code.NOT_A_DEPENDENT));
		SlotRequest single = request(clinic, best.slots().get(0));
		assertThat(
				refused(this.book.bookWithoutHold(mine.requester(), theirs.kids.getFirst(), single, Optional.empty()))
					.code())
			.isEqualTo(Problem.Code.FORBIDDEN);

		// their own guardian may; the other guardian may neither cancel nor move it
		AppointmentDetails booked = done(
				this.book.bookWithoutHold(theirs.requester(), theirs.kids.getFirst(), single, Optional.empty()));
		assertThat(refused(this.cancelBooking.cancelBooking(mine.requester(), booked.id())).code())
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(refused(this.reschedule.rescheduleBooking(mine.requester(), booked.id(),
				single.start().plus(Duration.ofHours(2))))
			.code()).isEqualTo(Problem.Code.FORBIDDEN);

		// nor confirm or cancel their group
		GroupHoldDetails theirHold = done(
				this.holdGroup.holdGroup(theirs.requester(), requests(theirs, best(theirs, clinic, 3))));
		assertThat(refused(this.confirm.confirmGroupBooking(mine.requester(), theirHold.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_NOT_FOUND);
		GroupBookingDetails theirGroup = done(
				this.confirm.confirmGroupBooking(theirs.requester(), theirHold.id(), Optional.empty()));
		assertThat(refused(this.cancel.cancelGroupBooking(mine.requester(), theirGroup.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.FORBIDDEN);
		assertThat(this.appointments.appointmentsOf(mine.all(), 0, 10)).isEmpty();
	}

	@Test
	void cancellingOneMemberOrReschedulingOneKeepsTheOthers() {
		Clinic clinic = clinic(3, 3, 3);
		Family family = family(3);
		GroupHoldDetails hold = done(
				this.holdGroup.holdGroup(family.requester(), requests(family, best(family, clinic, 2))));
		GroupBookingDetails group = done(
				this.confirm.confirmGroupBooking(family.requester(), hold.id(), Optional.empty()));
		AppointmentDetails moved = group.appointments().get(2);

		GroupBookingDetails afterOne = done(
				this.cancel.cancelGroupBooking(family.requester(), group.id(), Optional.of(family.kids.getFirst())));
		assertThat(afterOne.appointments()).extracting(AppointmentDetails::status)
			.containsExactly(AppointmentDetails.Status.CANCELLED, AppointmentDetails.Status.BOOKED,
					AppointmentDetails.Status.BOOKED);
		done(this.reschedule.rescheduleBooking(family.requester(), moved.id(), clinic.at(3, LocalTime.of(16, 0))));
		assertThat(this.appointments.appointmentsOf(family.all(), 0, 10))
			.filteredOn((appointment) -> appointment.status() == AppointmentDetails.Status.BOOKED)
			.extracting(AppointmentDetails::id)
			.containsExactlyInAnyOrder(group.appointments().get(1).id(), moved.id());

		GroupBookingDetails whole = done(
				this.cancel.cancelGroupBooking(family.requester(), group.id(), Optional.empty()));
		assertThat(whole.appointments()).extracting(AppointmentDetails::status)
			.containsOnly(AppointmentDetails.Status.CANCELLED);
		assertThat(this.events.ofType(GroupEvent.Cancelled.class))
			.anySatisfy((cancelled) -> assertThat(cancelled.whole()).isTrue());
	}

	@Test
	void aBundleHoldCountsOnceAgainstTheGuardiansLiveHolds() {
		Clinic clinic = clinic(3, 3, 3);
		Family family = family(3);
		done(this.holdGroup.holdGroup(family.requester(), requests(family, best(family, clinic, 2))));
		// the cap is 2: the bundle of three is one of them
		done(this.holdSlot.holdSlot(family.guardian, clinic.procedure(clinic.at(4, LocalTime.of(9, 0)))));
		assertThat(refused(this.holdSlot.holdSlot(family.guardian, clinic.procedure(clinic.at(4, LocalTime.of(11, 0)))))
			.code()).isEqualTo(Problem.Code.HOLD_LIMIT_REACHED);

		// staff may hold a group for patients at their location; it runs out as one
		Requester staff = clinic.staff();
		GroupHoldDetails held = done(this.holdGroup.holdGroup(staff, requests(family, best(family, clinic, 5))));
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(refused(this.confirm.confirmGroupBooking(staff, held.id(), Optional.empty())).code())
			.isEqualTo(Problem.Code.HOLD_EXPIRED);
		assertThat(bookedFor(family)).isZero();
	}

	@Test
	void badGroupsAreRefusedWithTypedErrors() {
		Clinic clinic = clinic(2, 3, 3);
		Family family = family(3);
		assertThat(problem(family, query(clinic, List.of(family.guardian)))).isEqualTo(Problem.Code.GROUP_SIZE_INVALID);
		assertThat(problem(family, query(clinic, IntStream.range(0, 9).mapToObj((i) -> (PatientId) null).toList())))
			.isEqualTo(Problem.Code.GROUP_SIZE_INVALID);
		assertThat(problem(family, query(clinic, List.of(family.kids.get(0), family.kids.get(0)))))
			.isEqualTo(Problem.Code.DUPLICATE_MEMBER);
		VisitRequirements elsewhere = this.catalog.addVisitType(Duration.ofMinutes(20), null);
		BundleQuery notOffered = new BundleQuery(
				List.of(new MemberWish(null, clinic.procedure.visitType(), null),
						new MemberWish(null, elsewhere.visitType(), null)),
				clinic.location.id(), null, null, clinic.day(1), clinic.day(3), null, null, Set.of());
		assertThat(problem(family, notOffered)).isEqualTo(Problem.Code.VISIT_TYPE_NOT_OFFERED);
		assertThat(refused(this.holdGroup.holdGroup(family.requester(), List.of())).code())
			.isEqualTo(Problem.Code.GROUP_SIZE_INVALID);
	}

	/**
	 * One practitioner, fully booked on day 2: two members back to back cannot be seen
	 * that day, and the answer names day 3.
	 */
	@Test
	void noBundleInTheRangeNamesTheEarliestDayWithOne() {
		Clinic clinic = clinic(1, 1, 1);
		Family family = family(2);
		Requester staff = clinic.staff();
		for (int slot = 0; slot < 20; slot++) {
			done(this.book.bookWithoutHold(staff, Clinic.patient(),
					clinic.procedure(clinic.at(2, LocalTime.of(8, 0)).plus(Duration.ofMinutes(30L * slot))),
					Optional.empty()));
		}
		BundleQuery query = new BundleQuery(
				family.kids.stream().map((kid) -> new MemberWish(kid, clinic.procedure.visitType(), null)).toList(),
				clinic.location.id(), null, null, clinic.day(2), clinic.day(2), null, null, Set.of());

		BundleOutcome outcome = this.bundles.findBundles(family.requester(), query, 0, 10);

		assertThat(outcome).isInstanceOfSatisfying(BundleOutcome.Refused.class, (refused) -> {
			assertThat(refused.problem().code()).isEqualTo(Problem.Code.NO_BUNDLE_AVAILABLE);
			assertThat(refused.earliestDate()).contains(clinic.day(3));
		});
	}

	private Problem.Code problem(Family family, BundleQuery query) {
		BundleOutcome outcome = this.bundles.findBundles(family.requester(), query, 0, 10);
		assertThat(outcome).isInstanceOf(BundleOutcome.Refused.class);
		return ((BundleOutcome.Refused) outcome).problem().code();
	}

	/** The best bundle for the family's children on day {@code daysAhead}. */
	private Bundle best(Family family, Clinic clinic, int daysAhead) {
		BundleQuery query = new BundleQuery(
				family.kids.stream().map((kid) -> new MemberWish(kid, clinic.procedure.visitType(), null)).toList(),
				clinic.location.id(), null, null, clinic.day(daysAhead), clinic.day(daysAhead), null, null, Set.of());
		BundleOutcome outcome = this.bundles.findBundles(family.requester(), query, 0, 5);
		assertThat(outcome).isInstanceOf(BundleOutcome.Found.class);
		return ((BundleOutcome.Found) outcome).options().getFirst();
	}

	private static BundleQuery query(Clinic clinic, List<PatientId> members) {
		return new BundleQuery(
				members.stream().map((member) -> new MemberWish(member, clinic.procedure.visitType(), null)).toList(),
				clinic.location.id(), null, null, clinic.day(2), clinic.day(2), null, null, Set.of());
	}

	private static List<MemberRequest> requests(Family family, Bundle bundle) {
		return bundle.slots()
			.stream()
			.map((slot) -> new MemberRequest(family.kids.get(slot.member()),
					new SlotRequest(slot.practitioner(), bundle.location(), slot.visitType(), slot.start())))
			.toList();
	}

	private static SlotRequest request(Clinic clinic, Bundle.MemberSlot slot) {
		return new SlotRequest(slot.practitioner(), clinic.location.id(), slot.visitType(), slot.start());
	}

	private int bookedFor(Family family) {
		return this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.PATIENT_ID.in(family.all().stream().map(PatientId::value).toList())
					.and(APPOINTMENT.STATUS.eq("BOOKED")));
	}

	private Family family(int children) {
		PatientId guardian = Clinic.patient();
		List<PatientId> kids = IntStream.range(0, children)
			.mapToObj((i) -> done(this.dependents.addDependent(guardian,
					new DependentDraft("Child " + i, LocalDate.of(2015 + i, 1, 1),
							DependentDetails.Relationship.CHILD)))
				.id())
			.toList();
		return new Family(guardian, kids, this.dependents);
	}

	/** A guardian and their dependents. */
	record Family(PatientId guardian, List<PatientId> kids, ManageDependents dependents) {

		/** The guardian as the GraphQL adapter resolves them: with their wards. */
		Requester requester() {
			return Requester.patient(this.guardian).withWards(this.dependents.wardsOf(this.guardian));
		}

		List<PatientId> all() {
			return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.guardian), this.kids.stream())
				.toList();
		}

	}

	private String pseudonym(Object id) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(
					java.util.Base64.getDecoder()
						.decode(this.environment.getRequiredProperty("slotwise.privacy.pseudonym-key").trim()),
					"HmacSHA256"));
			byte[] digest = mac.doFinal(id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(java.util.Arrays.copyOf(digest, 16));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
