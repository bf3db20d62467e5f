package io.slotwise.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.Clinic;
import io.slotwise.scheduling.MutableClock;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.TestCatalog;
import io.slotwise.scheduling.application.BookingActivity.Counts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Urgency counts remembered under a practitioner's version token (ADR 0031) stay true:
 * counted at each read, so a booking leaves "recent" and "this week" as the clock moves
 * while the token holds; a new token (what every booking, cancellation or reschedule
 * sets, on any instance) reads the appointments again; without a token nothing is
 * remembered.
 */
@ApplicationModuleTest
class BookingCountsTests {

	static final Duration RECENT = Duration.ofMinutes(1);

	static final Duration WEEK = Duration.ofDays(7);

	@Autowired
	TestCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	BookWithoutHold book;

	@Autowired
	BookingCounts counts;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void rememberedCountsSlideWithTheClock() {
		Clinic clinic = new Clinic(this.catalog, this.clock, "America/New_York", 1, 1, 1);
		Instant start = clinic.at(2, LocalTime.of(10, 0));
		book(clinic, start);
		Map<PractitionerId, String> token = Map.of(clinic.practitioner(), "t1");

		assertThat(count(clinic, token)).isEqualTo(new Counts(1, 1));
		// 90 s on, within what is remembered: booked more than a minute ago, still ahead
		this.clock.advance(Duration.ofSeconds(90));
		assertThat(count(clinic, token)).isEqualTo(new Counts(0, 1));
		// 30 s before the visit (read again: the memory serves two minutes), then 30 s
		// after it, from memory: no longer ahead
		this.clock.setTo(start.minusSeconds(30));
		assertThat(count(clinic, token)).isEqualTo(new Counts(0, 1));
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(count(clinic, token)).isEqualTo(new Counts(0, 0));
	}

	@Test
	void aNewTokenOrNoneReadsTheAppointmentsAgain() {
		Clinic clinic = new Clinic(this.catalog, this.clock, "America/New_York", 1, 1, 1);
		book(clinic, clinic.at(2, LocalTime.of(10, 0)));
		assertThat(count(clinic, Map.of(clinic.practitioner(), "t1"))).isEqualTo(new Counts(1, 1));
		book(clinic, clinic.at(3, LocalTime.of(10, 0)));
		assertThat(count(clinic, Map.of(clinic.practitioner(), "t2"))).isEqualTo(new Counts(2, 2));
		book(clinic, clinic.at(4, LocalTime.of(10, 0)));
		assertThat(count(clinic, null)).isEqualTo(new Counts(3, 3));
	}

	private Counts count(Clinic clinic, Map<PractitionerId, String> versions) {
		return this.counts.counts(List.of(clinic.practitioner()), versions, this.clock.instant(), RECENT, WEEK)
			.getOrDefault(clinic.practitioner(), new Counts(-1, -1));
	}

	private void book(Clinic clinic, Instant start) {
		assertThat(
				this.book.bookWithoutHold(clinic.staff(), Clinic.patient(), clinic.procedure(start), Optional.empty()))
			.isInstanceOf(Outcome.Done.class);
	}

}
