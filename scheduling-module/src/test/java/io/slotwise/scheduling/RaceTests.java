package io.slotwise.scheduling;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.slotwise.resources.PractitionerId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Real threads against real PostgreSQL and Redis, released together by a start gate.
 */
@ApplicationModuleTest
class RaceTests extends SchedulingTestSupport {

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	BookWithoutHold book;

	@Autowired
	DSLContext db;

	@Test
	void fiftyPatientsHoldingTheSameSlotGetExactlyOneHold() throws Exception {
		Clinic clinic = clinic(1, 3, 3);
		SlotRequest slot = clinic.procedure(clinic.at(2, LocalTime.of(10, 0)));
		List<Outcome<HoldDetails>> outcomes = race(50, (i) -> this.holdSlot.holdSlot(Clinic.patient(), slot));
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome.Refused.class::isInstance)
			.hasSize(49)
			.allSatisfy((outcome) -> assertThat(refused(outcome).code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE));
	}

	@Test
	void fiftyOverlappingDirectBookingsGiveExactlyOneBookingAndNoDeadlock() throws Exception {
		Clinic clinic = clinic(1, 3, 3);
		Requester staff = clinic.staff();
		// 10:00 and 10:15 alternately: every pair overlaps on the practitioner
		List<Outcome<AppointmentDetails>> outcomes = race(50, (i) -> this.book.bookWithoutHold(staff, Clinic.patient(),
				clinic.procedure(clinic.at(2, LocalTime.of(10, (i % 2) * 15))), Optional.empty()));
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome.Refused.class::isInstance)
			.hasSize(49)
			.allSatisfy((outcome) -> assertThat(refused(outcome).code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE));
		assertThat(this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.PRACTITIONER_ID.eq(clinic.practitioner().value()).and(APPOINTMENT.STATUS.eq("BOOKED"))))
			.isOne();
	}

	@Test
	void hundredParallelBookingsSharingRoomsNeverSurfaceADeadlock() throws Exception {
		Clinic clinic = clinic(10, 3, 3);
		Requester staff = clinic.staff();
		// 10 practitioners x 10 consecutive slots, competing for 3 rooms and 3 units
		// 3 units, in every order
		List<Outcome<AppointmentDetails>> outcomes = race(100, (i) -> {
			PractitionerId practitioner = clinic.practitioners.get(i % 10);
			Instant start = clinic.at(3, LocalTime.of(8, 0)).plusSeconds(1800L * (i / 10));
			return this.book.bookWithoutHold(staff, Clinic.patient(), clinic.procedure(practitioner, start),
					Optional.empty());
		});
		// race() rethrows any exception, so a surfaced 40P01 fails the test
		assertThat(outcomes).allSatisfy((outcome) -> {
			if (outcome instanceof Outcome.Refused<?> refused) {
				assertThat(refused.problem().code()).isEqualTo(Problem.Code.SLOT_UNAVAILABLE);
			}
		});
		assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void confirmingOneHoldFromManyThreadsBooksOnce() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		PatientId patient = Clinic.patient();
		HoldDetails hold = done(this.holdSlot.holdSlot(patient, clinic.procedure(clinic.at(2, LocalTime.of(15, 0)))));
		List<Outcome<AppointmentDetails>> outcomes = race(10,
				(i) -> this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Outcome.Done.class));
		assertThat(outcomes.stream().map((outcome) -> done(outcome).id()).distinct()).hasSize(1);
		assertThat(this.db.fetchCount(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(patient.value()))).isOne();
	}

	interface Attempt<T> {

		T run(int index);

	}

	static <T> List<T> race(int threads, Attempt<T> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int index = i;
				Callable<T> task = () -> {
					gate.await();
					return attempt.run(index);
				};
				futures.add(pool.submit(task));
			}
			gate.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
