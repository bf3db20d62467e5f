package io.slotwise;

import io.slotwise.testing.MutableClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Bootstraps the waitlist's tests with the real resources and scheduling modules and a
 * clock tests can move.
 */
@SpringBootApplication
class WaitlistTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
