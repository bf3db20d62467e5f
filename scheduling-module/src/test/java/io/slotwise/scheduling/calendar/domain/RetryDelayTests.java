package io.slotwise.scheduling.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryDelayTests {

	private final RetryDelay delay = new RetryDelay(Duration.ofMinutes(1), Duration.ofMinutes(15));

	@Test
	void doublesFromTheFirstWaitUpToTheBound() {
		assertThat(this.delay.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.delay.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.delay.after(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.delay.after(5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.delay.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.delay.after(0)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void theBoundIsNoShorterThanTheFirstWait() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryDelay(Duration.ofMinutes(5), Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryDelay(Duration.ZERO, Duration.ofMinutes(1)));
	}

}
