package io.slotwise;

import io.slotwise.scheduling.MutableClock;
import io.slotwise.scheduling.NoDirectory;
import io.slotwise.scheduling.RecordedEvents;
import io.slotwise.scheduling.TestCatalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Bootstraps {@code @ApplicationModuleTest}s of the scheduling module, which has no
 * application class of its own. The catalog is an in-memory stand-in for the resources
 * module; PostgreSQL and Redis are real.
 */
@SpringBootApplication
class SchedulingTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

	@Bean
	TestCatalog testCatalog() {
		return new TestCatalog();
	}

	@Bean
	NoDirectory noDirectory(TestCatalog catalog) {
		return new NoDirectory(catalog);
	}

	@Bean
	RecordedEvents recordedEvents() {
		return new RecordedEvents();
	}

}
