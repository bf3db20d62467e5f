package io.slotwise.instances;

import io.slotwise.testing.MutableClock;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Another instance of the waitlist (with the resources and scheduling modules it needs),
 * as a second application process would run it, for tests that show what reaches every
 * instance. Not a stereotype ({@code @Configuration}) on purpose, so the module tests'
 * component scan of {@code io.slotwise} never picks it up; as a primary source it is
 * processed all the same.
 */
@EnableAutoConfiguration
@ComponentScan({ "io.slotwise.resources", "io.slotwise.scheduling", "io.slotwise.waitlist" })
public class SecondWaitlistInstance {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
