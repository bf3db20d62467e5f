package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.application.PageViews;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Repository;

/**
 * One sorted set per practitioner: member = viewer key, score = time of their last view
 * in epoch millis. A viewer who reloads only moves their own score, so the count stays a
 * count of people. The Lua script trims views older than the window, adds the new one and
 * counts in one round trip, atomically; the key expires one window after the last view so
 * idle practitioners cost no memory.
 */
@Repository
class RedissonPageViews implements PageViews {

	private static final String RECORD_AND_COUNT = """
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
			if ARGV[3] ~= '' then
			  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
			  redis.call('PEXPIRE', KEYS[1], ARGV[4])
			end
			return redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[1], ARGV[2])
			""";

	private final RedissonClient redis;

	private final RedisPseudonyms pseudonyms;

	RedissonPageViews(RedissonClient redis, RedisPseudonyms pseudonyms) {
		this.redis = redis;
		this.pseudonyms = pseudonyms;
	}

	@Override
	public int recordAndCount(PractitionerId practitioner, String viewer, Instant at, Duration window) {
		// A signed-in viewer's key carries their user id: stored by pseudonym only.
		return run(practitioner, this.pseudonyms.of(viewer), at, window);
	}

	@Override
	public int count(PractitionerId practitioner, Instant now, Duration window) {
		return run(practitioner, "", now, window);
	}

	@Override
	public Map<PractitionerId, Integer> counts(Collection<PractitionerId> practitioners, Instant now, Duration window) {
		long at = now.toEpochMilli();
		String cutoff = String.valueOf(at - window.toMillis());
		RBatch batch = this.redis.createBatch();
		Map<PractitionerId, RFuture<Long>> replies = new HashMap<>();
		for (PractitionerId practitioner : practitioners) {
			replies.put(practitioner,
					batch.getScript(StringCodec.INSTANCE)
						.evalAsync(RScript.Mode.READ_WRITE, RECORD_AND_COUNT, RScript.ReturnType.LONG,
								List.<Object>of(viewsKey(practitioner)), cutoff, String.valueOf(at), "",
								String.valueOf(window.toMillis())));
		}
		batch.execute();
		Map<PractitionerId, Integer> counts = new HashMap<>();
		replies
			.forEach((practitioner, reply) -> counts.put(practitioner, reply.toCompletableFuture().join().intValue()));
		return counts;
	}

	static String viewsKey(PractitionerId practitioner) {
		return "slotwise:views:" + practitioner.value();
	}

	private int run(PractitionerId practitioner, String viewer, Instant at, Duration window) {
		long now = at.toEpochMilli();
		long cutoff = now - window.toMillis();
		Long count = this.redis.getScript(StringCodec.INSTANCE)
			.eval(RScript.Mode.READ_WRITE, RECORD_AND_COUNT, RScript.ReturnType.LONG,
					List.<Object>of(viewsKey(practitioner)), String.valueOf(cutoff), String.valueOf(now), viewer,
					String.valueOf(window.toMillis()));
		return count.intValue();
	}

}
