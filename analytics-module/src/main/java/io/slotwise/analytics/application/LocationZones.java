package io.slotwise.analytics.application;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The zone whose midnights start a location's days, so a location's daily series counts
 * its own days rather than UTC's.
 */
public interface LocationZones {

	Optional<ZoneId> zoneOf(UUID location);

}
