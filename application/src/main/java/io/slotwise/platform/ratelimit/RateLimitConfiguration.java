package io.slotwise.platform.ratelimit;

import io.slotwise.scheduling.HoldConversion;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the rate limits: Spring Boot adds every {@code Instrumentation} and
 * {@code WebGraphQlInterceptor} bean to the GraphQL engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

	@Bean
	CallerContext callerContext(RateLimitSettings settings) {
		return new CallerContext(new ClientAddress(settings.trustedProxies()));
	}

	@Bean
	RateLimits rateLimits(RateLimitSettings settings, RedissonClient redisson, HoldConversion conversion,
			@Value("${slotwise.rate-limits.timeout:PT0.2S}") java.time.Duration timeout) {
		return new RateLimits(settings, new Limiters(redisson, timeout), conversion);
	}

}
