package io.slotwise.platform.ratelimit.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.slotwise.platform.ratelimit.SubscriptionLeases;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Subscription leases in Redis: one sorted set per holder (keyed hash of the address),
 * each member a lease scored by when it runs out. Taking one drops the run-out leases and
 * counts the rest in one script, so two instances cannot both take the last one. The set
 * itself expires a term after its last change, so an address whose instances all died
 * leaves nothing behind.
 */
@Component
class RedissonSubscriptionLeases implements SubscriptionLeases {

	private static final String PREFIX = "slotwise:subscriptions:";

	// KEYS[1] the holder's set; ARGV: now (ms), cap, lease id, runs out (ms), term (ms)
	private static final String TAKE = """
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
			if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
			redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
			redis.call('PEXPIRE', KEYS[1], ARGV[5])
			return 1""";

	// a live subscription counts even if its lease ran out meanwhile: it is still live
	private static final String RENEW = """
			redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
			redis.call('PEXPIRE', KEYS[1], ARGV[3])
			return 1""";

	private final RedissonClient redisson;

	private final Duration timeout;

	private final KeyPseudonyms pseudonyms;

	RedissonSubscriptionLeases(RedissonClient redisson,
			@Value("${slotwise.rate-limits.timeout:PT0.2S}") Duration timeout,
			@Value("${slotwise.privacy.pseudonym-key}") String pseudonymKey) {
		this.redisson = redisson;
		this.timeout = timeout;
		this.pseudonyms = new KeyPseudonyms(pseudonymKey);
	}

	@Override
	public Taking take(String holder, String lease, int cap, Instant now, Duration term) {
		try {
			Long taken = eval(TAKE, holder, now.toEpochMilli(), cap, lease, now.plus(term).toEpochMilli(),
					term.toMillis());
			return (taken != null && taken == 1) ? Taking.TAKEN : Taking.REFUSED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Taking.UNCOUNTED;
		}
		catch (Exception ex) {
			return Taking.UNCOUNTED;
		}
	}

	@Override
	public void renew(String holder, String lease, Instant now, Duration term) {
		this.redisson.getScript(StringCodec.INSTANCE)
			.evalAsync(key(holder), RScript.Mode.READ_WRITE, RENEW, RScript.ReturnType.LONG, List.of(key(holder)),
					lease, String.valueOf(now.plus(term).toEpochMilli()), String.valueOf(term.toMillis()));
	}

	@Override
	public void drop(String holder, String lease) {
		this.redisson.getScoredSortedSet(key(holder), StringCodec.INSTANCE).removeAsync(lease);
	}

	private Long eval(String script, String holder, Object... args) throws Exception {
		Object[] values = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return this.redisson.getScript(StringCodec.INSTANCE)
			.<Long>evalAsync(key(holder), RScript.Mode.READ_WRITE, script, RScript.ReturnType.LONG,
					List.of(key(holder)), values)
			.toCompletableFuture()
			.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private String key(String holder) {
		return PREFIX + this.pseudonyms.of(holder);
	}

}
