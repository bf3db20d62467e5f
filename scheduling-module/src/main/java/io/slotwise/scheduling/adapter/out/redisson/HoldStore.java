package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.application.SchedulingSettings;
import org.jspecify.annotations.Nullable;
import org.redisson.Redisson;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Redis that keeps holds and everything that must outlive a request beside them
 * (cooldowns, conversion counts), and the one way to wait for it: at most
 * {@code holdStoreTimeout}, then {@link HoldsUnavailable}.
 *
 * <p>
 * By default that is the application's Redis. With
 * {@code slotwise.scheduling.holds-redis.url} set ({@code redis://} or {@code rediss://}
 * for TLS, with {@code username} and {@code password} for an ACL user), holds live on a
 * Redis of their own: run it with {@code maxmemory-policy noeviction}, so that cache
 * pressure can never evict a hold.
 */
@Component
class HoldStore implements DisposableBean {

	static final String PREFIX = "slotwise:scheduling:";

	private final RedissonClient redisson;

	private final Duration timeout;

	private final boolean own;

	@Autowired
	HoldStore(RedissonClient redisson, SchedulingSettings settings, Environment environment) {
		String url = environment.getProperty("slotwise.scheduling.holds-redis.url", "");
		this.own = !url.isBlank();
		this.redisson = this.own ? separate(url, environment.getProperty("slotwise.scheduling.holds-redis.username"),
				environment.getProperty("slotwise.scheduling.holds-redis.password")) : redisson;
		this.timeout = settings.holdStoreTimeout();
	}

	HoldStore(RedissonClient redisson, SchedulingSettings settings) {
		this.redisson = redisson;
		this.timeout = settings.holdStoreTimeout();
		this.own = false;
	}

	private static RedissonClient separate(String url, @Nullable String username, @Nullable String password) {
		// Still connects here, unlike the application's client (ADR 0033): a wrong
		// password
		// or certificate of a separate holds Redis stops start-up (TlsRedisTests).
		Config config = new Config();
		config.useSingleServer().setAddress(url);
		if (username != null && !username.isBlank()) {
			config.setUsername(username);
		}
		if (password != null && !password.isBlank()) {
			config.setPassword(password);
		}
		return Redisson.create(config);
	}

	@Override
	public void destroy() {
		if (this.own) {
			this.redisson.shutdown();
		}
	}

	/** Whether holds live on a Redis of their own, apart from the application's. */
	boolean separate() {
		return this.own;
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
