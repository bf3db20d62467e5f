package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.application.SchedulingSettings;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;

import org.springframework.stereotype.Component;

/**
 * The Redis that keeps holds and everything that must outlive a request beside them
 * (cooldowns, conversion counts), and the one way to wait for it: at most
 * {@code holdStoreTimeout}, then {@link HoldsUnavailable}.
 */
@Component
class HoldStore {

	static final String PREFIX = "slotwise:scheduling:";

	private final RedissonClient redisson;

	private final Duration timeout;

	HoldStore(RedissonClient redisson, SchedulingSettings settings) {
		this.redisson = redisson;
		this.timeout = settings.holdStoreTimeout();
	}

	RedissonClient redisson() {
		return this.redisson;
	}

	<T> T await(RFuture<T> reply) {
		try {
			return reply.toCompletableFuture().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reply.cancel(false);
			throw new HoldsUnavailable("Redis did not answer within " + this.timeout, ex);
		}
		catch (ExecutionException ex) {
			throw new HoldsUnavailable("Redis failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HoldsUnavailable("Interrupted while waiting for Redis", ex);
		}
	}

}
