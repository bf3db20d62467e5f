package io.slotwise.instances;

import io.slotwise.scheduling.MutableClock;
import io.slotwise.scheduling.NoDirectory;
import io.slotwise.scheduling.RecordedEvents;
import io.slotwise.scheduling.TestCatalog;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Another instance of the scheduling module, as a second application process would run
 * it, for tests that show work done once across instances. Outside the module's package,
 * so module tests never pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.slotwise.scheduling")
public class SecondSchedulingInstance {

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
