package io.slotwise.platform.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slotwise.rate-limits.*}: which root fields share a budget, and how many calls a
 * user and a client address get per period.
 *
 * @param enabled off only in tests that are not about rate limits
 * @param trustedProxies socket addresses whose {@code X-Forwarded-For} is believed; empty
 * (the default) means the client address is always the socket's
 * @param buckets budgets by name (search, hold, booking, cancel, view)
 */
@ConfigurationProperties("slotwise.rate-limits")
record RateLimitSettings(Boolean enabled, List<String> trustedProxies, Map<String, Bucket> buckets) {

	RateLimitSettings {
		enabled = Objects.requireNonNullElse(enabled, Boolean.TRUE);
		trustedProxies = List.copyOf(Objects.requireNonNullElse(trustedProxies, List.of()));
		buckets = Map.copyOf(Objects.requireNonNullElse(buckets, Map.of()));
	}

	/**
	 * One budget.
	 *
	 * @param fields the root fields that spend it, one permit per occurrence
	 * @param perUser calls per period for one signed-in user
	 * @param perIp calls per period for one client address (anonymous and signed-in
	 * alike, so many accounts behind one bot share it)
	 * @param slowedPerUser the stricter per-user budget for a user whose holds rarely
	 * become bookings (0: none)
	 * @param period the period the counts refill over
	 */
	record Bucket(List<String> fields, long perUser, long perIp, long slowedPerUser, Duration period) {

		Bucket {
			fields = List.copyOf(Objects.requireNonNullElse(fields, List.of()));
			period = Objects.requireNonNullElse(period, Duration.ofMinutes(1));
			if (perUser < 1 || perIp < 1 || slowedPerUser < 0 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException(
						"slotwise.rate-limits: per-user and per-ip must be positive, slowed-per-user >= 0, period positive");
			}
		}

	}

}
