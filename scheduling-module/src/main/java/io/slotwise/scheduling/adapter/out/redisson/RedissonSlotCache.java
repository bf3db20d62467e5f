package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.application.SlotCache;
import org.redisson.api.RBatch;
import org.redisson.api.RBucket;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Cached free slots as plain strings ({@code start-end,...} in epoch seconds, {@code -}
 * for a day without any), and the same days decoded in this JVM ({@link DaysInProcess}).
 * Keys carry three version tokens: the epoch of this Redis's data, the catalog's and the
 * practitioner's. A change sets its token to a fresh random value, so stale entries are
 * never read again (their TTL collects them in Redis, the bound in the JVM), and a token
 * is never issued twice: not after a flush (a missing epoch is created anew, so the
 * missing tokens "0" of the new data are not those of the old), nor after Redis restarts
 * from an older snapshot (a counter would count again through numbers already used, with
 * other content behind them in the JVMs). Every call waits at most the hold-store
 * timeout, so a dead Redis slows a search by that much once, not by Redisson's retries
 * (docs/adr/0005, docs/adr/0027).
 */
@Repository
class RedissonSlotCache implements SlotCache {

	private static final String CATALOG_VERSION = "slotwise:search:v:catalog";

	private static final String EPOCH = "slotwise:search:v:epoch";

	private static final String EMPTY = "-";

	static final int WRITES_IN_FLIGHT = 4;

	private static final Logger log = LoggerFactory.getLogger(RedissonSlotCache.class);

	private final RedissonClient redisson;

	private final Duration timeout;

	private final DaysInProcess inProcess;

	private final Semaphore writes = new Semaphore(WRITES_IN_FLIGHT);

	RedissonSlotCache(RedissonClient redisson, SchedulingSettings settings,
			@Value("${slotwise.search.days-in-process:40000}") int daysInProcess,
			@Value("${slotwise.search.cache-ttl:PT10M}") Duration ttl) {
		this.redisson = redisson;
		this.timeout = settings.holdStoreTimeout();
		this.inProcess = new DaysInProcess(daysInProcess, ttl);
	}

	@Override
	public Map<PractitionerId, String> versions(Collection<PractitionerId> practitioners) {
		if (practitioners.isEmpty()) {
			return Map.of();
		}
		Map<String, String> found = await(this.redisson.getBuckets(StringCodec.INSTANCE)
			.<String>getAsync(versionKeys(practitioners).toArray(String[]::new)));
		return versionsFrom(practitioners, found);
	}

	/** The keys {@link #versions} reads: the epoch, the catalog's, then each one's. */
	static List<String> versionKeys(Collection<PractitionerId> practitioners) {
		List<String> keys = new ArrayList<>();
		keys.add(EPOCH);
		keys.add(CATALOG_VERSION);
		practitioners.forEach((practitioner) -> keys.add(versionKey(practitioner)));
		return keys;
	}

	/**
	 * The version tokens from the values found under {@link #versionKeys} (missing ones
	 * absent); sets the epoch when there is none yet.
	 */
	Map<PractitionerId, String> versionsFrom(Collection<PractitionerId> practitioners, Map<String, String> found) {
		String epoch = found.get(EPOCH);
		if (epoch == null) {
			epoch = newEpoch();
		}
		String prefix = epoch + "." + found.getOrDefault(CATALOG_VERSION, "0") + ".";
		Map<PractitionerId, String> versions = new HashMap<>();
		practitioners.forEach((practitioner) -> versions.put(practitioner,
				prefix + found.getOrDefault(versionKey(practitioner), "0")));
		return versions;
	}

	// Once per life of the Redis data: the first reader to find no epoch sets one, and
	// everyone uses whichever was set first.
	private String newEpoch() {
		RBucket<String> bucket = this.redisson.getBucket(EPOCH, StringCodec.INSTANCE);
		await(bucket.setIfAbsentAsync(token()));
		String epoch = await(bucket.getAsync());
		if (epoch == null) {
			throw new SlotCacheUnavailable("The search cache's epoch vanished as it was set", null);
		}
		return epoch;
	}

	@Override
	public Map<Key, List<Slot>> read(Collection<Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<Key, List<Slot>> days = this.inProcess.read(keys);
		if (days.size() == keys.size()) {
			return days;
		}
		Map<String, Key> byName = new HashMap<>();
		keys.stream().filter((key) -> !days.containsKey(key)).forEach((key) -> byName.put(name(key), key));
		Map<String, String> found = await(this.redisson.getBuckets(StringCodec.INSTANCE)
			.<String>getAsync(byName.keySet().toArray(String[]::new)));
		Map<Key, List<Slot>> fromRedis = new HashMap<>();
		found.forEach((name, value) -> fromRedis.put(byName.get(name), decode(value)));
		this.inProcess.keep(fromRedis);
		days.putAll(fromRedis);
		return days;
	}

	/**
	 * Keeps the days in process at once and stores them in Redis on a virtual thread of
	 * its own (encoding some thousand days is a good part of a cold search): the search
	 * answers without waiting for the write. Safe because a key's content is fixed by the
	 * version token read before computing (whenever it lands, it is read only by searches
	 * that read the same token); bounded because a search finding
	 * {@link #WRITES_IN_FLIGHT} writes still on their way skips its own (other instances
	 * then compute those days once more).
	 */
	@Override
	public void write(Map<Key, List<Slot>> days, Duration ttl) {
		this.inProcess.keep(days);
		if (!this.writes.tryAcquire()) {
			return;
		}
		Map<Key, List<Slot>> copy = Map.copyOf(days);
		Thread.ofVirtual().name("search-cache-write").start(() -> {
			try {
				RBatch batch = this.redisson.createBatch();
				copy.forEach((key, slots) -> batch.<String>getBucket(name(key), StringCodec.INSTANCE)
					.setAsync(encode(slots), ttl));
				await(batch.executeAsync());
			}
			catch (RuntimeException ex) {
				log.warn("Search cache write failed; other instances compute these days again: {}", ex.getMessage());
			}
			finally {
				this.writes.release();
			}
		});
	}

	@Override
	public void invalidate(PractitionerId practitioner) {
		await(this.redisson.getBucket(versionKey(practitioner), StringCodec.INSTANCE).setAsync(token()));
	}

	@Override
	public void invalidateAll() {
		await(this.redisson.getBucket(CATALOG_VERSION, StringCodec.INSTANCE).setAsync(token()));
	}

	/** A fresh version token: 63 random bits in base 36, so none is ever issued twice. */
	private static String token() {
		return Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
	}

	private static String versionKey(PractitionerId practitioner) {
		return "slotwise:search:v:" + practitioner.value();
	}

	private static String name(Key key) {
		return "slotwise:search:slots:" + key.version() + ":" + key.practitioner().value() + ":"
				+ key.location().value() + ":" + key.visitType().value() + ":" + key.day();
	}

	private static String encode(List<Slot> slots) {
		if (slots.isEmpty()) {
			return EMPTY;
		}
		StringBuilder text = new StringBuilder();
		for (Slot slot : slots) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(slot.start().getEpochSecond()).append('-').append(slot.end().getEpochSecond());
		}
		return text.toString();
	}

	private static List<Slot> decode(String text) {
		if (EMPTY.equals(text)) {
			return List.of();
		}
		List<Slot> slots = new ArrayList<>();
		for (String part : text.split(",")) {
			int dash = part.indexOf('-');
			slots.add(new Slot(Instant.ofEpochSecond(Long.parseLong(part, 0, dash, 10)),
					Instant.ofEpochSecond(Long.parseLong(part, dash + 1, part.length(), 10))));
		}
		return List.copyOf(slots);
	}

	private <T> T await(RFuture<T> reply) {
		try {
			return reply.toCompletableFuture().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reply.cancel(false);
			throw new SlotCacheUnavailable("Redis did not answer within " + this.timeout, ex);
		}
		catch (ExecutionException ex) {
			throw new SlotCacheUnavailable("Redis failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SlotCacheUnavailable("Interrupted while waiting for Redis", ex);
		}
	}

}
