package io.slotwise;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Bootstraps {@code @ApplicationModuleTest}s of the waitlist module, which has no
 * application class of its own.
 */
@SpringBootApplication
class WaitlistTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
