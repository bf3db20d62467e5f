package io.slotwise.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * Token buckets in Redis ({@code RRateLimiter}, rate type OVERALL): every instance draws
 * from the same bucket, so adding instances does not multiply a client's budget. A
 * bucket's key expires a little after its period once idle, so one-off addresses cost no
 * memory.
 */
final class Limiters {

	private static final String PREFIX = "slotwise:rate:";

	private final RedissonClient redisson;

	private final Duration timeout;

	Limiters(RedissonClient redisson, Duration timeout) {
		this.redisson = redisson;
		this.timeout = timeout;
	}

	/**
	 * Takes {@code permits} from the bucket, or nothing. When Redis does not answer in
	 * time the call is let through: a rate limit protects the service, it must not become
	 * the thing that takes it down (the database still guards every booking).
	 */
	boolean tryAcquire(String key, long rate, Duration period, long permits) {
		RRateLimiter limiter = this.redisson.getRateLimiter(PREFIX + key);
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
