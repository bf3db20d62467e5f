package io.slotwise.platform.ratelimit;

import java.util.Set;

import io.slotwise.scheduling.HoldConversion;

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
	ClientAddress clientAddress(RateLimitSettings settings) {
		return new ClientAddress(settings.trustedProxies());
	}

	@Bean
	CallerContext callerContext(ClientAddress addresses) {
		return new CallerContext(addresses);
	}

	@Bean
	RateLimits rateLimits(RateLimitSettings settings, Limiters limiters, HoldConversion conversion) {
		return new RateLimits(settings, limiters, conversion);
	}

	/**
	 * Always on, unlike the rate limits: it protects the instance's search permits, not a
	 * budget, and lets a normal caller through untouched.
	 */
	@Bean
	SearchShares searchShares(@Value("${slotwise.search.per-address-concurrent:2}") int perAddress,
			@Value("${slotwise.search.per-user-concurrent:2}") int perUser,
			@Value("${slotwise.search.max-tracked-callers:10000}") int maxCallers) {
		return new SearchShares(Set.of("searchPractitioners"), perAddress, perUser, maxCallers);
	}

}
