package io.slotwise.scheduling.domain.search;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * The order of search results. Deterministic: equal scores fall back to the earlier first
 * slot, then the shorter distance, then ids, so the same query over the same facts always
 * returns the same page order and cursors stay valid.
 */
public final class SearchRanking {

	private SearchRanking() {
	}

	/**
	 * What a result is ordered by.
	 *
	 * @param score the match score
	 * @param firstSlot the first free slot, if any
	 * @param distanceKm distance to the location
	 * @param practitionerId tie-breaker
	 * @param locationId tie-breaker
	 */
	public record Key(int score, Optional<Instant> firstSlot, double distanceKm, UUID practitionerId, UUID locationId) {
	}

	public static final Comparator<Key> ORDER = Comparator.comparingInt(Key::score)
		.reversed()
		.thenComparing((Key key) -> key.firstSlot().orElse(Instant.MAX))
		.thenComparingDouble(Key::distanceKm)
		.thenComparing(Key::practitionerId)
		.thenComparing(Key::locationId);

}
