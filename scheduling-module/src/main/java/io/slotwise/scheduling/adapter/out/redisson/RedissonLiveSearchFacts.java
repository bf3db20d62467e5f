package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.application.LiveSearchFacts;
import io.slotwise.scheduling.application.PageViews;
import io.slotwise.scheduling.application.SlotCache;
import io.slotwise.scheduling.domain.TimeRange;
import org.jspecify.annotations.Nullable;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Repository;

/**
 * One Lua script reads the candidates' live holds, then their version tokens, then their
 * viewer counts: one round trip instead of three, and the holds are still read before the
 * versions (a script runs in order, atomically). A script may touch only keys of one
 * node, so when holds live on a Redis of their own or on a Redis Cluster (where these
 * keys span hash slots) the three reads are made one after the other, holds first, as
 * before (ADR 0031).
 */
@Repository
class RedissonLiveSearchFacts implements LiveSearchFacts {

	/**
	 * KEYS: n hold keys, the n + 2 version keys of {@link RedissonSlotCache#versionKeys},
	 * n viewer keys. ARGV: clock ('redis' or a test clock's millis), n, the viewers'
	 * cutoff (exclusive) and now in epoch millis. Returns the number h of live-hold
	 * entries, h entries "index|startMs|endMs", n + 2 versions ('' when missing), n
	 * viewer counts.
	 */
	static final String READ = HoldScripts.NOW + HoldScripts.LIVE_HOLDS + """
			local n = tonumber(ARGV[2])
			local out = {0}
			live_holds(out, 1, n)
			out[1] = #out - 1
			for i = n + 1, 2 * n + 2 do
			  table.insert(out, redis.call('GET', KEYS[i]) or '')
			end
			for i = 2 * n + 3, 3 * n + 2 do
			  table.insert(out, redis.call('ZCOUNT', KEYS[i], '(' .. ARGV[3], ARGV[4]))
			end
			return out
			""";

	private static final Logger log = LoggerFactory.getLogger(RedissonLiveSearchFacts.class);

	private final HoldStore store;

	private final RedissonSlotHolds holds;

	private final RedissonSlotCache cache;

	private final PageViews views;

	private final boolean oneNode;

	RedissonLiveSearchFacts(HoldStore store, RedissonSlotHolds holds, RedissonSlotCache cache, PageViews views) {
		this.store = store;
		this.holds = holds;
		this.cache = cache;
		this.views = views;
		this.oneNode = !store.separate() && !store.redisson().getConfig().isClusterConfig();
	}

	@Override
	public Live read(Collection<PractitionerId> practitioners, Instant now, Duration viewerWindow) {
		if (practitioners.isEmpty()) {
			return new Live(Map.of(), Map.of(), Map.of());
		}
		List<PractitionerId> ids = List.copyOf(practitioners);
		if (!this.oneNode) {
			return oneAfterAnother(ids, now, viewerWindow);
		}
		List<Object> keys = new ArrayList<>();
		ids.forEach((id) -> keys.add(this.holds.heldKey(id.value())));
		List<String> versionKeys = RedissonSlotCache.versionKeys(ids);
		keys.addAll(versionKeys);
		ids.forEach((id) -> keys.add(RedissonPageViews.viewsKey(id)));
		List<Object> reply;
		try {
			reply = this.store.await(this.store.redisson()
				.getScript(StringCodec.INSTANCE)
				.evalAsync(RScript.Mode.READ_ONLY, READ, RScript.ReturnType.LIST, keys, this.holds.clock(now),
						String.valueOf(ids.size()), String.valueOf(now.minus(viewerWindow).toEpochMilli()),
						String.valueOf(now.toEpochMilli())));
		}
		catch (HoldsUnavailable ex) {
			log.warn("Redis unavailable; searching without holds, cache or viewer counts: {}", ex.getMessage());
			return new Live(null, null, null);
		}
		int entries = Integer.parseInt(String.valueOf(reply.getFirst()));
		Map<UUID, List<TimeRange>> held = new HashMap<>();
		RedissonSlotHolds.heldFrom(ids.stream().map(PractitionerId::value).toList(), reply.subList(1, 1 + entries),
				held);
		int at = 1 + entries;
		Map<String, String> found = new HashMap<>();
		for (String key : versionKeys) {
			String value = String.valueOf(reply.get(at++));
			if (!value.isEmpty()) {
				found.put(key, value);
			}
		}
		Map<PractitionerId, Integer> viewers = new HashMap<>();
		for (PractitionerId id : ids) {
			viewers.put(id, Integer.parseInt(String.valueOf(reply.get(at++))));
		}
		return new Live(held, versions(ids, found), viewers);
	}

	private @Nullable Map<PractitionerId, String> versions(List<PractitionerId> ids, Map<String, String> found) {
		try {
			return this.cache.versionsFrom(ids, found);
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.warn("Slot cache unavailable, searching uncached: {}", ex.getMessage());
			return null;
		}
	}

	private Live oneAfterAnother(List<PractitionerId> ids, Instant now, Duration viewerWindow) {
		Map<UUID, List<TimeRange>> held;
		try {
			held = this.holds.held(ids.stream().map(PractitionerId::value).toList(), now);
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; availability from bookings alone: {}", ex.getMessage());
			held = null;
		}
		Map<PractitionerId, String> versions;
		try {
			versions = this.cache.versions(ids);
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.warn("Slot cache unavailable, searching uncached: {}", ex.getMessage());
			versions = null;
		}
		Map<PractitionerId, Integer> viewers;
		try {
			viewers = this.views.counts(ids, now, viewerWindow);
		}
		catch (RuntimeException ex) {
			log.warn("Live viewer counts unavailable: {}", ex.getMessage());
			viewers = null;
		}
		return new Live(held, versions, viewers);
	}

}
