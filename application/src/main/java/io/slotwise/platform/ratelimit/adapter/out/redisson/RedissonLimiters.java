package io.slotwise.platform.ratelimit.adapter.out.redisson;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.slotwise.platform.ratelimit.Limiters;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets in Redis ({@code RRateLimiter}, rate type OVERALL): every instance draws
 * from the same bucket, so adding instances does not multiply a client's budget. A
 * bucket's key expires a little after its period once idle, so one-off addresses cost no
 * memory. Keys name users and addresses by keyed hash only.
 */
@Component
class RedissonLimiters implements Limiters {

	private static final String PREFIX = "slotwise:rate:";

	private final RedissonClient redisson;

	private final Duration timeout;

	private final KeyPseudonyms pseudonyms;

	RedissonLimiters(RedissonClient redisson, @Value("${slotwise.rate-limits.timeout:PT0.2S}") Duration timeout,
			@Value("${slotwise.privacy.pseudonym-key}") String pseudonymKey) {
		this.redisson = redisson;
		this.timeout = timeout;
		this.pseudonyms = new KeyPseudonyms(pseudonymKey);
	}

	/**
	 * When Redis does not answer in time the call is let through: a rate limit protects
	 * the service, it must not become the thing that takes it down (the database still
	 * guards every booking).
	 */
	@Override
	public boolean tryAcquire(String key, long rate, Duration period, long permits) {
		RRateLimiter limiter = this.redisson.getRateLimiter(PREFIX + this.pseudonyms.of(key));
		try {
			limiter.trySetRateAsync(RateType.OVERALL, rate, period, period.multipliedBy(2))
				.toCompletableFuture()
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			return limiter.tryAcquireAsync(permits)
				.toCompletableFuture()
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
		catch (Exception ex) {
			return true;
		}
	}

}
