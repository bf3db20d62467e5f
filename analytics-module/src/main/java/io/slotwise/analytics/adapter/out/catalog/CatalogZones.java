package io.slotwise.analytics.adapter.out.catalog;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.analytics.application.LocationZones;
import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Location zones from the catalog's published read port (never its tables), remembered
 * until the catalog announces that the location changed.
 */
@Component
class CatalogZones implements LocationZones {

	private final BrowseLocations locations;

	private final Map<UUID, ZoneId> known = new ConcurrentHashMap<>();

	CatalogZones(BrowseLocations locations) {
		this.locations = locations;
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID location) {
		ZoneId zone = this.known.get(location);
		if (zone != null) {
			return Optional.of(zone);
		}
		Optional<ZoneId> found = this.locations.details(new LocationId(location)).map(LocationDetails::timeZone);
		found.ifPresent((value) -> this.known.put(location, value));
		return found;
	}

	// In-memory only, so a plain listener: nothing to retry if it is missed on restart.
	@EventListener
	void on(CatalogEvent.LocationChanged changed) {
		this.known.remove(changed.location().value());
	}

}
