package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SlotCache;

/**
 * Decoded days kept in this JVM beside Redis, under the same version-bearing keys. A key
 * names one immutable content (its version token is read from Redis on every search, and
 * a change makes a new token), so an entry found here stands for what Redis holds under
 * that key, without the round trip and the parsing; an entry under an old token is simply
 * never asked for again. Two generations bound the memory at about {@code capacity} days:
 * new and used days go to the young one; when it holds half the capacity it becomes the
 * old one and the former old one is dropped, so days in use survive and days of old
 * tokens fall out (docs/adr/0027).
 */
final class DaysInProcess {

	private final int capacity;

	private final long lifetimeNanos;

	private volatile Map<SlotCache.Key, Kept> young = new ConcurrentHashMap<>();

	private volatile Map<SlotCache.Key, Kept> old = new ConcurrentHashMap<>();

	DaysInProcess(int capacity, Duration lifetime) {
		if (capacity < 0) {
			throw new IllegalArgumentException("slotwise.search.days-in-process must not be negative");
		}
		this.capacity = capacity;
		this.lifetimeNanos = lifetime.toNanos();
	}

	/** The days held here among {@code keys}; the others are absent. */
	Map<SlotCache.Key, List<Slot>> read(Collection<SlotCache.Key> keys) {
		Map<SlotCache.Key, List<Slot>> found = new HashMap<>();
		if (this.capacity == 0) {
			return found;
		}
		long now = System.nanoTime();
		Map<SlotCache.Key, Kept> promoted = new HashMap<>();
		for (SlotCache.Key key : keys) {
			Kept kept = this.young.get(key);
			if (kept == null) {
				kept = this.old.get(key);
				if (kept != null) {
					promoted.put(key, kept);
				}
			}
			if (kept != null && now - kept.until() < 0) {
				found.put(key, kept.slots());
			}
		}
		if (!promoted.isEmpty()) {
			put(promoted);
		}
		return found;
	}

	void keep(Map<SlotCache.Key, List<Slot>> days) {
		if (this.capacity == 0 || days.isEmpty()) {
			return;
		}
		long until = System.nanoTime() + this.lifetimeNanos;
		Map<SlotCache.Key, Kept> kept = new HashMap<>();
		days.forEach((key, slots) -> kept.put(key, new Kept(List.copyOf(slots), until)));
		put(kept);
	}

	private void put(Map<SlotCache.Key, Kept> days) {
		Map<SlotCache.Key, Kept> into = this.young;
		into.putAll(days);
		if (into.size() > this.capacity / 2) {
			age(into);
		}
	}

	private synchronized void age(Map<SlotCache.Key, Kept> full) {
		if (this.young == full) {
			this.old = full;
			this.young = new ConcurrentHashMap<>();
		}
	}

	/** A day's slots and the {@link System#nanoTime} until which they may be used. */
	private record Kept(List<Slot> slots, long until) {

	}

}
