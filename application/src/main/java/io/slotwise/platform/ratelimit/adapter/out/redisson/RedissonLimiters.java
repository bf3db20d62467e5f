package io.slotwise.platform.ratelimit.adapter.out.redisson;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * memory.
 */
@Component
class RedissonLimiters implements Limiters {

	private static final String PREFIX = "slotwise:rate:";

	private final RedissonClient redisson;

	private final Duration timeout;

	private final SecretKeySpec pseudonymKey;

	RedissonLimiters(RedissonClient redisson, @Value("${slotwise.rate-limits.timeout:PT0.2S}") Duration timeout,
			@Value("${slotwise.privacy.pseudonym-key}") String pseudonymKey) {
		this.redisson = redisson;
		this.timeout = timeout;
		this.pseudonymKey = new SecretKeySpec(Base64.getDecoder().decode(pseudonymKey.trim()), "HmacSHA256");
	}

	// Bucket keys name users and client addresses: in Redis only by keyed hash (ADR
	// 0017).
	private String pseudonym(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.pseudonymKey);
			byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

	/**
	 * When Redis does not answer in time the call is let through: a rate limit protects
	 * the service, it must not become the thing that takes it down (the database still
	 * guards every booking).
	 */
	@Override
	public boolean tryAcquire(String key, long rate, Duration period, long permits) {
		RRateLimiter limiter = this.redisson.getRateLimiter(PREFIX + pseudonym(key));
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
