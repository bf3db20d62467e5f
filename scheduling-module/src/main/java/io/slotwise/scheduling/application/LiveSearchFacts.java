package io.slotwise.scheduling.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.domain.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * Secondary port: everything a search reads from Redis before it ranks, in one round trip
 * where the store allows (ADR 0031): the candidates' live holds (read first: see
 * {@link CachedDaySlots}), their availability version tokens ({@link SlotCache#versions})
 * and their live viewer counts ({@link PageViews#count}). Never throws: what could not be
 * read is null, and search goes on without it as it did with three calls.
 */
public interface LiveSearchFacts {

	Live read(Collection<PractitionerId> practitioners, Instant now, Duration viewerWindow);

	/**
	 * @param held live holds per practitioner id; null when the hold store did not answer
	 * @param versions version tokens; null when the cache did not answer
	 * @param viewers distinct viewers in {@code (now - window, now]}; null when unknown
	 */
	record Live(@Nullable Map<UUID, List<TimeRange>> held, @Nullable Map<PractitionerId, String> versions,
			@Nullable Map<PractitionerId, Integer> viewers) {

	}

}
