package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.GroupBookingDetails;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Fifty groups racing for overlapping bundles, on real threads against real PostgreSQL
 * and Redis: every winner has all its members booked, nobody else has anything, and no
 * deadlock surfaces.
 */
@ApplicationModuleTest
// Fifty placements reach Redis at once now that no database connection is held while
// they wait (issue 15); on the shared 2-core test machine under a load of 20 some took
// longer than the production deadline (500 ms) and were answered HOLDS_UNAVAILABLE,
// which is right but not what this test is about (who wins, whole groups only).
@TestPropertySource(properties = "slotwise.scheduling.hold-store-timeout=PT5S")
class GroupRaceTests extends SchedulingTestSupport {

	@Autowired
	HoldGroup holdGroup;

	@Autowired
	ConfirmGroupBooking confirm;

	@Autowired
	DSLContext db;

	/**
	 * Half the groups want three practitioners in parallel, half one practitioner three
	 * times back to back; starts alternate between 10:00 and 10:30, so bundles overlap on
	 * practitioners, rooms and units in many ways; some hold and confirm, some are
	 * refused by the hold store. Each thread holds, then confirms.
	 */
	@Test
	void fiftyGroupsRacingForOverlappingBundlesBookWholeGroupsOnly() throws Exception {
		Clinic clinic = clinic(3, 3, 3);
		List<Outcome<GroupBookingDetails>> outcomes = RaceTests.race(50, (i) -> {
			Requester staff = clinic.staff();
			Instant start = clinic.at(2, LocalTime.of(10, 0)).plus(Duration.ofMinutes(30L * ((i / 2) % 2)));
			List<MemberRequest> members = new ArrayList<>();
			for (int m = 0; m < 3; m++) {
				boolean parallel = i % 2 == 0;
				members.add(new MemberRequest(Clinic.patient(),
						clinic.procedure(clinic.practitioners.get(parallel ? m : (i / 4) % 3),
								parallel ? start : start.plus(Duration.ofMinutes(30L * m)))));
			}
			Outcome<GroupHoldDetails> held = this.holdGroup.holdGroup(staff, members);
			if (held instanceof Outcome.Refused<GroupHoldDetails>(Problem problem)) {
				return Outcome.refused(problem);
			}
			return this.confirm.confirmGroupBooking(staff, done(held).id(), Optional.empty());
		});

		List<GroupBookingDetails> winners = outcomes.stream()
			.filter(Outcome.Done.class::isInstance)
			.map(SchedulingTestSupport::done)
			.toList();
		assertThat(winners).isNotEmpty();
		assertThat(winners).allSatisfy((group) -> assertThat(group.appointments()).hasSize(3)
			.allSatisfy((appointment) -> assertThat(appointment.status()).isEqualTo(AppointmentDetails.Status.BOOKED)));
		assertThat(outcomes).filteredOn(Outcome.Refused.class::isInstance)
			.allSatisfy((outcome) -> assertThat(refused(outcome).code()).isIn(Problem.Code.SLOT_UNAVAILABLE,
					Problem.Code.PATIENT_BUSY));
		// no partial bundle anywhere: every booked appointment at the clinic is a member
		// of a winning group, and every winner has three
		int booked = this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.LOCATION_ID.eq(clinic.location.id().value()).and(APPOINTMENT.STATUS.eq("BOOKED")));
		assertThat(booked).isEqualTo(3 * winners.size());
		assertThat(this.db.fetchCount(GROUP_MEMBER,
				GROUP_MEMBER.GROUP_BOOKING_ID.in(winners.stream().map((group) -> group.id().value()).toList())))
			.isEqualTo(booked);
	}

}
