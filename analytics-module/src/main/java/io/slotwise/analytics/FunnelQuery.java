package io.slotwise.analytics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * @param zone the zone whose midnights start DAY buckets: the location's, UTC when the
 * query names no location
 */
public record FunnelQuery(Instant from, Instant to, @Nullable UUID location, @Nullable UUID practitioner,
		@Nullable UUID visitType, @Nullable String specialty, Bucket bucket, ZoneId zone) {

	public FunnelQuery(Instant from, Instant to, @Nullable UUID location, @Nullable UUID practitioner,
			@Nullable UUID visitType, @Nullable String specialty, Bucket bucket) {
		this(from, to, location, practitioner, visitType, specialty, bucket, ZoneOffset.UTC);
	}

	public FunnelQuery {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
	}

	public FunnelQuery inZone(ZoneId zone) {
		return new FunnelQuery(this.from, this.to, this.location, this.practitioner, this.visitType, this.specialty,
				this.bucket, zone);
	}

	/**
	 * Steps of the time series; hours are the same everywhere, days start at the zone's
	 * midnight.
	 */
	public enum Bucket {

		HOUR, DAY

	}

}
