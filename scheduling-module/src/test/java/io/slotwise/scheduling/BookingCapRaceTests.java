package io.slotwise.scheduling;

import static io.slotwise.scheduling.RaceTests.race;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The anti-hoarding caps (5 upcoming bookings, 1 per practitioner within a day) are
 * counted inside the booking transaction after the patient's own claim, so bookings of
 * one patient racing each other end exactly at the cap (issue 13's gap, closed in issue
 * 15), and a bundle's member appointments count for their patients.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "slotwise.scheduling.anti-hoarding.enabled=true",
		"slotwise.scheduling.anti-hoarding.direct-booking-only-without-holds=false",
		"slotwise.scheduling.anti-hoarding.hold-cooldown=PT0S", "slotwise.scheduling.max-live-holds-per-patient=20" })
class BookingCapRaceTests extends SchedulingTestSupport {

	static final int CAP = 5;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	BookWithoutHold book;

	@Autowired
	HoldGroup holdGroup;

	@Autowired
	ConfirmGroupBooking confirmGroup;

	@Autowired
	DSLContext db;

	@Test
	void eightDirectBookingsOfOnePatientAtEightPractitionersEndAtTheCap() throws Exception {
		Clinic clinic = clinic(8, 8, 8);
		PatientId patient = Clinic.patient();
		List<Outcome<AppointmentDetails>> outcomes = race(8,
				(i) -> this.book.bookWithoutHold(Requester.patient(patient), patient,
						clinic.procedure(clinic.practitioners.get(i), clinic.at(2 + i, LocalTime.of(9, 0))),
						Optional.empty()));
		assertEndsAtTheCap(patient, outcomes);
	}

	@Test
	void eightConfirmationsOfOnePatientsHoldsEndAtTheCap() throws Exception {
		Clinic clinic = clinic(8, 8, 8);
		PatientId patient = Clinic.patient();
		List<HoldDetails> holds = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			holds.add(done(this.holdSlot.holdSlot(patient,
					clinic.procedure(clinic.practitioners.get(i), clinic.at(2 + i, LocalTime.of(11, 0))))));
		}
		List<Outcome<AppointmentDetails>> outcomes = race(8,
				(i) -> this.confirm.confirmBooking(patient, holds.get(i).id(), Optional.empty()));
		assertEndsAtTheCap(patient, outcomes);
	}

	@Test
	void aBundleMemberCountsForItsPatient() {
		Clinic clinic = clinic(7, 7, 7);
		PatientId guardian = Clinic.patient();
		PatientId child = Clinic.patient();
		for (int i = 0; i < CAP - 1; i++) {
			done(this.book.bookWithoutHold(clinic.staff(), guardian,
					clinic.procedure(clinic.practitioners.get(i), clinic.at(2 + i, LocalTime.of(9, 0))),
					Optional.empty()));
		}
		Requester parent = Requester.patient(guardian).withWards(Set.of(child));
		// the guardian's fifth appointment, in a bundle with the child's first
		done(this.confirmGroup
			.confirmGroupBooking(
					parent, done(
							this.holdGroup.holdGroup(
									parent, List.of(
											new MemberRequest(guardian,
													clinic.procedure(clinic.practitioners.get(4),
															clinic.at(8, LocalTime.of(10, 0)))),
											new MemberRequest(child,
													clinic.procedure(clinic.practitioners.get(5),
															clinic.at(8, LocalTime.of(10, 0)))))))
						.id(),
					Optional.empty()));
		Outcome<GroupHoldDetails> again = this.holdGroup.holdGroup(parent,
				List.of(new MemberRequest(child,
						clinic.procedure(clinic.practitioners.get(6), clinic.at(9, LocalTime.of(10, 0)))),
						new MemberRequest(guardian,
								clinic.procedure(clinic.practitioners.get(6), clinic.at(9, LocalTime.of(10, 30))))));
		Outcome<?> sixth = (again instanceof Outcome.Done<GroupHoldDetails>(GroupHoldDetails held))
				? this.confirmGroup.confirmGroupBooking(parent, held.id(), Optional.empty()) : again;
		assertThat(refused(sixth).code()).isEqualTo(Problem.Code.BOOKING_LIMIT_REACHED);
		assertThat(booked(guardian)).isEqualTo(CAP);
		assertThat(booked(child)).isOne();
	}

	private void assertEndsAtTheCap(PatientId patient, List<Outcome<AppointmentDetails>> outcomes) {
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSize(CAP);
		assertThat(outcomes).filteredOn(Outcome.Refused.class::isInstance)
			.allSatisfy((outcome) -> assertThat(refused(outcome).code()).isEqualTo(Problem.Code.BOOKING_LIMIT_REACHED));
		assertThat(booked(patient)).isEqualTo(CAP);
	}

	private int booked(PatientId patient) {
		return this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.PATIENT_ID.eq(patient.value()).and(APPOINTMENT.STATUS.eq("BOOKED")));
	}

}
