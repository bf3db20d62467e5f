package io.slotwise.platform.ratelimit;

import java.time.Duration;

/**
 * Token buckets shared by every instance (a port, so the rate limits do not depend on how
 * Redis is reached).
 */
public interface Limiters {

	/**
	 * Takes {@code permits} from the bucket {@code key} refilled with {@code rate} per
	 * {@code period}, or nothing; {@code true} when they were taken.
	 */
	boolean tryAcquire(String key, long rate, Duration period, long permits);

}
