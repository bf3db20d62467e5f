package io.slotwise.testing;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at its own database and Redis index on the real test
 * servers. Registered in {@code META-INF/spring.factories}, so a test needs no annotation
 * and cannot forget it.
 */
class RealServicesCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new RealServices();
	}

	private static final class RealServices implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestServices.IsolatedServices services = TestServices.isolated();
			Map<String, Object> properties = Map.of("spring.datasource.url", services.jdbcUrl(),
					"spring.datasource.username", services.username(), "spring.datasource.password",
					services.password(), "spring.data.redis.host", services.redisHost(), "spring.data.redis.port",
					services.redisPort(), "spring.data.redis.database", services.redisDatabase());
			TestServices.track(context);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("slotwise-test-services", properties));
		}

		// All instances are equal so Spring's context cache still shares identical
		// contexts.
		@Override
		public boolean equals(Object other) {
			return other instanceof RealServices;
		}

		@Override
		public int hashCode() {
			return RealServices.class.hashCode();
		}

	}

}
