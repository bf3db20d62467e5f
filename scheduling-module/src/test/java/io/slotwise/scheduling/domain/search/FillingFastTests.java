package io.slotwise.scheduling.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FillingFastTests {

	final FillingFast policy = FillingFast.DEFAULTS;

	@Test
	void needsBothARecentRushAndAMostlyBookedWeek() {
		assertThat(this.policy.applies(3, 6, 4)).isTrue();
		assertThat(this.policy.applies(2, 9, 1)).as("busy week but nobody booked recently").isFalse();
		assertThat(this.policy.applies(10, 5, 5)).as("a rush, but half the week is free").isFalse();
	}

	@Test
	void aPractitionerWithNoCapacityIsNotFillingFast() {
		assertThat(this.policy.applies(5, 0, 0)).isFalse();
	}

}
