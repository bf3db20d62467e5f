package io.slotwise.instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.slotwise.scheduling.MutableClock;
import io.slotwise.scheduling.NoDirectory;
import io.slotwise.scheduling.RecordedEvents;
import io.slotwise.scheduling.TestCatalog;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.Environment;

/**
 * Another instance of the scheduling module, as a second application process would run
 * it, for tests that show work done once across instances. Outside the module's package,
 * so module tests never pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.slotwise.scheduling")
public class SecondSchedulingInstance {

	private static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.data.redis.host", "spring.data.redis.port",
			"spring.data.redis.database");

	/**
	 * Starts the second instance on the first one's PostgreSQL and Redis, without a web
	 * server; {@code alsoShared} names further properties it must see as the first does.
	 */
	public static ConfigurableApplicationContext start(Environment first, String... alsoShared) {
		Map<String, Object> shared = new HashMap<>();
		Stream.concat(SHARED.stream(), Stream.of(alsoShared))
			.forEach((key) -> shared.put(key, first.getRequiredProperty(key)));
		shared.put("spring.main.web-application-type", "none");
		return new SpringApplicationBuilder(SecondSchedulingInstance.class).properties(shared).run();
	}

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
