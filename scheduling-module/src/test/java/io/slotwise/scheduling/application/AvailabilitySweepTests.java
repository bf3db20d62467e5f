package io.slotwise.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.Clinic;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.MutableClock;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The set-based sweep that fills search's cold days (docs/adr/0025) frees exactly the
 * slots the one-practitioner core frees (no holds exist here, which the core would
 * subtract and the sweep leaves to read time): bookings, a room taken by a colleague, two
 * zones, pairs that do not offer the visit.
 */
@ApplicationModuleTest
class AvailabilitySweepTests {

	@Autowired
	TestCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	AvailabilitySweep sweep;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	BookWithoutHold book;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sweepsTheSameSlotsAsTheCoreOnePractitionerAtATime() {
		Clinic east = new Clinic(this.catalog, this.clock, "America/New_York", 3, 1, 1);
		Clinic west = new Clinic(this.catalog, this.clock, "America/Los_Angeles", 2, 2, 1);
		book(east, east.practitioners.get(0), 2, LocalTime.of(9, 0));
		// a colleague takes the only room: nobody else at the east clinic may start then
		book(east, east.practitioners.get(1), 2, LocalTime.of(14, 0));
		book(west, west.practitioners.get(1), 1, LocalTime.of(10, 30));
		LocalDate from = east.day(0);
		LocalDate to = east.day(6);
		List<PractitionerAt> pairs = new ArrayList<>();
		east.practitioners.forEach((id) -> pairs.add(new PractitionerAt(id, east.location.id())));
		west.practitioners.forEach((id) -> pairs.add(new PractitionerAt(id, west.location.id())));
		// works at east only: not offered at west
		PractitionerAt elsewhere = new PractitionerAt(east.practitioner(), west.location.id());
		pairs.add(elsewhere);

		for (Clinic clinic : List.of(east, west)) {
			Map<PractitionerAt, List<Slot>> swept = this.sweep.free(clinic.procedure.visitType(), pairs, from, to);
			assertThat(swept.keySet()).containsExactlyInAnyOrderElementsOf(pairs.stream()
				.filter((pair) -> pair.location().equals(clinic.location.id()) && !pair.equals(elsewhere))
				.toList());
			swept.forEach((pair, free) -> assertThat(free).as(pair.toString())
				.isNotEmpty()
				.containsExactlyElementsOf(core(clinic, pair.practitioner(), from, to)));
		}
		assertThat(this.sweep.free(east.procedure.visitType(), List.of(), from, to)).isEmpty();
	}

	private List<Slot> core(Clinic clinic, PractitionerId practitioner, LocalDate from, LocalDate to) {
		Outcome<List<Slot>> outcome = this.slots.availableSlots(
				new AvailabilityQuery(practitioner, clinic.location.id(), clinic.procedure.visitType(), from, to));
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<List<Slot>>) outcome).value();
	}

	private void book(Clinic clinic, PractitionerId practitioner, int daysAhead, LocalTime at) {
		assertThat(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				clinic.procedure(practitioner, clinic.at(daysAhead, at)), Optional.empty()))
			.isInstanceOf(Outcome.Done.class);
	}

}
