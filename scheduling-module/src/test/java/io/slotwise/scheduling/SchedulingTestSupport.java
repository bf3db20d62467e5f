package io.slotwise.scheduling;

import java.util.List;

import io.slotwise.scheduling.application.SlotHolds;
import io.slotwise.scheduling.domain.Resource;

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

	@Autowired
	SlotHolds holdStore;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	Clinic clinic(int practitioners, int rooms, int units) {
		return new Clinic(this.catalog, this.clock, "America/New_York", practitioners, rooms, units);
	}

	/** What the hold claims, as the hold store keeps it. */
	List<Resource> heldResources(HoldDetails hold) {
		return this.holdStore.find(hold.id()).orElseThrow().resources();
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
