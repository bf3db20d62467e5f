package io.slotwise.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.scheduling.HoldConversion;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
	RateLimits rateLimits(RateLimitSettings settings, Limiters limiters, HoldConversion conversion,
			Probation probation) {
		return new RateLimits(settings, limiters, conversion, probation);
	}

	@Bean
	Probation probation(Clock clock, RateLimitSettings settings,
			@Value("${slotwise.rate-limits.probation.max-addresses:10000}") int maxAddresses) {
		return new Probation(clock, maxAddresses, settings.enabled());
	}

	/**
	 * Before Spring Security's filters: a parked request costs no token check either.
	 */
	@Bean
	FilterRegistrationBean<ProbationFilter> probationFilter(Probation probation, ClientAddress addresses, Clock clock,
			MeterRegistry meters, @Value("${slotwise.rate-limits.probation.delay:PT1S}") Duration delay,
			@Value("${slotwise.rate-limits.probation.max-parked:1000}") int maxParked) {
		ProbationFilter filter = new ProbationFilter(probation, addresses, clock, delay, maxParked);
		Gauge.builder("slotwise.probation.parked", filter, ProbationFilter::parked)
			.description("Requests from addresses on probation, parked until they are refused")
			.register(meters);
		FilterRegistrationBean<ProbationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setAsyncSupported(true);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/**
	 * Always on, unlike the rate limits: it protects the instance's search permits, not a
	 * budget, and lets a normal caller through untouched.
	 */
	@Bean
	SearchShares searchShares(@Value("${slotwise.search.per-address-concurrent:2}") int perAddress,
			@Value("${slotwise.search.per-user-concurrent:2}") int perUser,
			@Value("${slotwise.search.max-tracked-callers:10000}") int maxCallers, Probation probation) {
		return new SearchShares(Set.of("searchPractitioners"), perAddress, perUser, maxCallers, probation);
	}

}
