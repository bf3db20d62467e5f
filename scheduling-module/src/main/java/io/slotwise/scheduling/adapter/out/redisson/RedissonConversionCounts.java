package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.slotwise.scheduling.application.ConversionCounts;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Component;

/**
 * One hash per user ({@code placed}, {@code converted}) that expires {@code memory} after
 * their last hold, and one for everybody. A script increments both and answers the user's
 * counts in one atomic round trip.
 */
@Component
class RedissonConversionCounts implements ConversionCounts {

	private static final String EVERYBODY = HoldStore.PREFIX + "conversion:all";

	private static final String COUNT = """
			redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
			return redis.call('HMGET', KEYS[1], 'placed', 'converted')
			""";

	private static final String READ = "return redis.call('HMGET', KEYS[1], 'placed', 'converted')";

	private final HoldStore store;

	private final RedisPseudonyms pseudonyms;

	RedissonConversionCounts(HoldStore store, RedisPseudonyms pseudonyms) {
		this.store = store;
		this.pseudonyms = pseudonyms;
	}

	@Override
	public Counts placed(UUID user, Duration memory) {
		return count(user, "placed", memory);
	}

	@Override
	public Counts converted(UUID user, Duration memory) {
		return count(user, "converted", memory);
	}

	@Override
	public Counts of(UUID user) {
		return run(READ, RScript.Mode.READ_ONLY, List.of(key(user)));
	}

	@Override
	public Counts everybody() {
		return run(READ, RScript.Mode.READ_ONLY, List.of(EVERYBODY));
	}

	private Counts count(UUID user, String field, Duration memory) {
		return run(COUNT, RScript.Mode.READ_WRITE, List.of(key(user), EVERYBODY), field,
				String.valueOf(memory.toMillis()));
	}

	private Counts run(String script, RScript.Mode mode, List<Object> keys, Object... args) {
		List<Object> reply = this.store.await(this.store.redisson()
			.getScript(StringCodec.INSTANCE)
			.<List<Object>>evalAsync(mode, script, RScript.ReturnType.LIST, keys, args));
		return new Counts(number(reply, 0), number(reply, 1));
	}

	private static long number(List<Object> reply, int index) {
		Object value = (index < reply.size()) ? reply.get(index) : null;
		return (value == null) ? 0 : Long.parseLong(String.valueOf(value));
	}

	// Users are named by pseudonym only (ADR 0017).
	private String key(UUID user) {
		return HoldStore.PREFIX + "conversion:" + this.pseudonyms.of(user);
	}

}
