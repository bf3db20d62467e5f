package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared wiring of scheduling's module tests.
 */
abstract class SchedulingTestSupport {

	@Autowired
	TestCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordedEvents events;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	Clinic clinic(int practitioners, int rooms, int units) {
		return new Clinic(this.catalog, this.clock, "America/New_York", practitioners, rooms, units);
	}

	static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

	static Problem refused(Outcome<?> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Refused.class);
		return ((Outcome.Refused<?>) outcome).problem();
	}

}
