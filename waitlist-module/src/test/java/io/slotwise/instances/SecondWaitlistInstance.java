package io.slotwise.instances;

import io.slotwise.waitlist.MutableClock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Another instance of the waitlist (with the resources and scheduling modules it needs),
 * as a second application process would run it, for tests that show what reaches every
 * instance. Outside the modules' packages, so module tests never pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({ "io.slotwise.resources", "io.slotwise.scheduling", "io.slotwise.waitlist" })
public class SecondWaitlistInstance {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
