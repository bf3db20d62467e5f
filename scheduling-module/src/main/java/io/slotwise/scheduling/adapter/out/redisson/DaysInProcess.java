package io.slotwise.scheduling.adapter.out.redisson;

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

	private volatile Map<SlotCache.Key, List<Slot>> young = new ConcurrentHashMap<>();

	private volatile Map<SlotCache.Key, List<Slot>> old = new ConcurrentHashMap<>();

	DaysInProcess(int capacity) {
		if (capacity < 0) {
			throw new IllegalArgumentException("slotwise.search.days-in-process must not be negative");
		}
		this.capacity = capacity;
	}

	/** The days held here among {@code keys}; the others are absent. */
	Map<SlotCache.Key, List<Slot>> read(Collection<SlotCache.Key> keys) {
		Map<SlotCache.Key, List<Slot>> found = new HashMap<>();
		if (this.capacity == 0) {
			return found;
		}
		Map<SlotCache.Key, List<Slot>> promoted = new HashMap<>();
		for (SlotCache.Key key : keys) {
			List<Slot> slots = this.young.get(key);
			if (slots == null) {
				slots = this.old.get(key);
				if (slots != null) {
					promoted.put(key, slots);
				}
			}
			if (slots != null) {
				found.put(key, slots);
			}
		}
		keep(promoted);
		return found;
	}

	void keep(Map<SlotCache.Key, List<Slot>> days) {
		if (this.capacity == 0 || days.isEmpty()) {
			return;
		}
		Map<SlotCache.Key, List<Slot>> into = this.young;
		days.forEach((key, slots) -> into.put(key, List.copyOf(slots)));
		if (into.size() > this.capacity / 2) {
			age(into);
		}
	}

	private synchronized void age(Map<SlotCache.Key, List<Slot>> full) {
		if (this.young == full) {
			this.old = full;
			this.young = new ConcurrentHashMap<>();
		}
	}

}
