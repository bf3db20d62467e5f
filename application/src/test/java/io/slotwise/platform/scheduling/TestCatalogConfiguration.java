package io.slotwise.platform.scheduling;

import io.slotwise.resources.SchedulingCatalog;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;

/**
 * Until the resources module implements {@link SchedulingCatalog}, the application's
 * tests run scheduling against this in-memory catalog. Replace with the real one when it
 * lands.
 */
@Configuration(proxyBeanMethods = false)
public class TestCatalogConfiguration {

	@Bean
	TestCatalog testCatalog() {
		return new TestCatalog();
	}

}
