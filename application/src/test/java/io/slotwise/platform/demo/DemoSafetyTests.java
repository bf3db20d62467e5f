package io.slotwise.platform.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The demo profile, which hands out admin tokens, starts only on this machine: loopback
 * address, local database.
 */
class DemoSafetyTests {

	@Test
	void refusesANonLocalDatabase() {
		assertThatThrownBy(() -> check(
				demo().withProperty("spring.datasource.url", "jdbc:postgresql://db.prod.example.com:5432/slotwise")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("non-local database (db.prod.example.com)");
	}

	@Test
	void refusesEveryInterfaceOrAPublicAddress() {
		assertThatThrownBy(() -> check(new MockEnvironment().withProperty("spring.profiles.active", "demo")))
			.hasMessageContaining("every interface");
		assertThatThrownBy(() -> check(demo().withProperty("server.address", "0.0.0.0")))
			.hasMessageContaining("0.0.0.0");
	}

	@Test
	void startsLocallyAndLeavesOtherProfilesAlone() {
		assertThatCode(
				() -> check(demo().withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/slotwise")))
			.doesNotThrowAnyException();
		assertThatCode(() -> check(new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.prod.example.com/slotwise")))
			.doesNotThrowAnyException();
	}

	private static MockEnvironment demo() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1");
		environment.setActiveProfiles("demo");
		return environment;
	}

	private static void check(MockEnvironment environment) {
		if (environment.getProperty("spring.profiles.active") != null) {
			environment.setActiveProfiles(environment.getProperty("spring.profiles.active"));
		}
		new DemoSafety().postProcessEnvironment(environment, new SpringApplication());
	}

}
