package io.slotwise.platform.infrastructure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code spring.data.redis.url=rediss://...} mean TLS for the application's
 * Redisson client. Spring Boot reads TLS from the URL's scheme, but Redisson's starter
 * (4.x) takes only {@code spring.data.redis.ssl.enabled} and connects to a
 * {@code rediss://} URL in plain text, where a TLS-only managed Redis never answers
 * (found by {@code MainRedisOverTlsTests}). So a {@code rediss://} URL switches
 * {@code ssl.enabled} on, unless it is set explicitly.
 */
class RedisUrlTls implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.data.redis.url", "");
		if (url.regionMatches(true, 0, "rediss://", 0, "rediss://".length())
				&& !environment.containsProperty("spring.data.redis.ssl.enabled")) {
			environment.getPropertySources()
				.addLast(
						new MapPropertySource("slotwise-redis-url-tls", Map.of("spring.data.redis.ssl.enabled", true)));
		}
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 20;
	}

}
