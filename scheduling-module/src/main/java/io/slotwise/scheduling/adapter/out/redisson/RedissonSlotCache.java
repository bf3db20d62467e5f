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
import java.util.concurrent.TimeoutException;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.application.SlotCache;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Repository;

/**
 * Cached free slots as plain strings ({@code start-end,...} in epoch seconds, {@code -}
 * for a day without any). Keys carry the catalog version and the practitioner's version,
 * both Redis counters ({@code INCR}), so invalidation is one increment and stale entries
 * are never read again (their TTL collects them). Every call waits at most the hold-store
 * timeout, so a dead Redis slows a search by that much once, not by Redisson's retries.
 */
@Repository
class RedissonSlotCache implements SlotCache {

	private static final String CATALOG_VERSION = "slotwise:search:v:catalog";

	private static final String EMPTY = "-";

	private final RedissonClient redisson;

	private final Duration timeout;

	RedissonSlotCache(RedissonClient redisson, SchedulingSettings settings) {
		this.redisson = redisson;
		this.timeout = settings.holdStoreTimeout();
	}

	@Override
	public Map<PractitionerId, String> versions(Collection<PractitionerId> practitioners) {
		if (practitioners.isEmpty()) {
			return Map.of();
		}
		List<String> keys = new ArrayList<>();
		keys.add(CATALOG_VERSION);
		practitioners.forEach((practitioner) -> keys.add(versionKey(practitioner)));
		Map<String, String> found = await(
				this.redisson.getBuckets(StringCodec.INSTANCE).<String>getAsync(keys.toArray(String[]::new)));
		String catalog = found.getOrDefault(CATALOG_VERSION, "0");
		Map<PractitionerId, String> versions = new HashMap<>();
		practitioners.forEach((practitioner) -> versions.put(practitioner,
				catalog + "." + found.getOrDefault(versionKey(practitioner), "0")));
		return versions;
	}

	@Override
	public Map<Key, List<Slot>> read(Collection<Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, Key> byName = new HashMap<>();
		keys.forEach((key) -> byName.put(name(key), key));
		Map<String, String> found = await(this.redisson.getBuckets(StringCodec.INSTANCE)
			.<String>getAsync(byName.keySet().toArray(String[]::new)));
		Map<Key, List<Slot>> days = new HashMap<>();
		found.forEach((name, value) -> days.put(byName.get(name), decode(value)));
		return days;
	}

	@Override
	public void write(Map<Key, List<Slot>> days, Duration ttl) {
		RBatch batch = this.redisson.createBatch();
		days.forEach(
				(key, slots) -> batch.<String>getBucket(name(key), StringCodec.INSTANCE).setAsync(encode(slots), ttl));
		await(batch.executeAsync());
	}

	@Override
	public void invalidate(PractitionerId practitioner) {
		await(this.redisson.getAtomicLong(versionKey(practitioner)).incrementAndGetAsync());
	}

	@Override
	public void invalidateAll() {
		await(this.redisson.getAtomicLong(CATALOG_VERSION).incrementAndGetAsync());
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
