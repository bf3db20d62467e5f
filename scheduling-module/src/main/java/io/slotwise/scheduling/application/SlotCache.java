package io.slotwise.scheduling.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Slot;

/**
 * Secondary port: free slots per practitioner, location, visit type and day, under
 * version counters that every change bumps (docs/adr/0002). Every method may throw
 * {@link SlotCacheUnavailable}; search then computes without the cache.
 */
public interface SlotCache {

	/**
	 * The current version token of each practitioner's availability (their own counter
	 * plus the catalog-wide one), in one round trip.
	 */
	Map<PractitionerId, String> versions(Collection<PractitionerId> practitioners);

	/** Cached days among {@code keys}, in one round trip; misses are absent. */
	Map<Key, List<Slot>> read(Collection<Key> keys);

	/**
	 * Stores days under their (version-bearing) keys, each living {@code ttl}; may finish
	 * after returning (a key's content never changes, docs/adr/0027).
	 */
	void write(Map<Key, List<Slot>> days, Duration ttl);

	/** Makes every cached day of the practitioner unreachable. */
	void invalidate(PractitionerId practitioner);

	/** Makes every cached day of everyone unreachable (catalog changes). */
	void invalidateAll();

	/**
	 * @param day the location's calendar day
	 * @param version the version token read before computing
	 */
	record Key(PractitionerId practitioner, LocationId location, VisitTypeId visitType, LocalDate day, String version) {

	}

	/** The cache cannot be reached. */
	class SlotCacheUnavailable extends RuntimeException {

		public SlotCacheUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
