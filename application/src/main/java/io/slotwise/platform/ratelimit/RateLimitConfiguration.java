package io.slotwise.platform.ratelimit;

import io.slotwise.scheduling.HoldConversion;

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
	RateLimits rateLimits(RateLimitSettings settings, Limiters limiters, HoldConversion conversion) {
		return new RateLimits(settings, limiters, conversion);
	}

}
