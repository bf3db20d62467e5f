package io.slotwise.analytics;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which facts a report covers. A dimension left null is not filtered on; a fact that does
 * not carry a filtered dimension (a search names no practitioner) still counts, because
 * it precedes that choice.
 *
 * @param from start, inclusive
 * @param to end, exclusive
 * @param bucket the time series' step
 */
public record FunnelQuery(Instant from, Instant to, @Nullable UUID location, @Nullable UUID practitioner,
		@Nullable UUID visitType, @Nullable String specialty, Bucket bucket) {

	public FunnelQuery {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
	}

	/** Steps of the time series, in UTC. */
	public enum Bucket {

		HOUR, DAY

	}

}
