package io.slotwise.scheduling.adapter.out.redisson;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SlotCache;

/**
 * Decoded days kept in this JVM beside Redis, under the same version-bearing keys. A key
 * names one immutable content (its version token is read from Redis on every search, and
 * a change makes a new token), so an entry found here is exactly what Redis holds under
 * that key, without the round trip and the parsing; an entry under an old token is simply
 * never asked for again. Bounded by a number of days: past it, the oldest part of the map
 * (in iteration order, which is arbitrary but cheap) is dropped (docs/adr/0027).
 */
final class DaysInProcess {

	private final Map<SlotCache.Key, List<Slot>> days = new ConcurrentHashMap<>();

	private final ReentrantLock trimming = new ReentrantLock();

	private final int capacity;

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
		for (SlotCache.Key key : keys) {
			List<Slot> slots = this.days.get(key);
			if (slots != null) {
				found.put(key, slots);
			}
		}
		return found;
	}

	void keep(Map<SlotCache.Key, List<Slot>> found) {
		if (this.capacity == 0) {
			return;
		}
		found.forEach((key, slots) -> this.days.put(key, List.copyOf(slots)));
		if (this.days.size() > this.capacity && this.trimming.tryLock()) {
			try {
				int target = this.capacity - this.capacity / 4;
				Iterator<SlotCache.Key> keys = this.days.keySet().iterator();
				while (this.days.size() > target && keys.hasNext()) {
					keys.next();
					keys.remove();
				}
			}
			finally {
				this.trimming.unlock();
			}
		}
	}

	int size() {
		return this.days.size();
	}

}
