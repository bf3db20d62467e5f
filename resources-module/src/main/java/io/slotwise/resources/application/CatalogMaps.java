package io.slotwise.resources.application;

import java.util.List;

import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.Practitioners;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps this instance's {@link CatalogMap} current. Each use reads the catalog version
 * (one indexed single-row select) and reloads the whole map when it moved: correct after
 * a change made on another instance or outside the application, which catalog events
 * heard only in this JVM would not be. The version is read before the data, so a change
 * committed during a reload leaves the map tagged older than its content and the next use
 * reloads again; never the reverse.
 */
@Component
class CatalogMaps {

	private static final Logger log = LoggerFactory.getLogger(CatalogMaps.class);

	private final CatalogVersions versions;

	private final Locations locations;

	private final Practitioners practitioners;

	private volatile @Nullable CatalogMap current;

	CatalogMaps(CatalogVersions versions, Locations locations, Practitioners practitioners) {
		this.versions = versions;
		this.locations = locations;
		this.practitioners = practitioners;
	}

	CatalogMap current() {
		long version = this.versions.catalog();
		CatalogMap map = this.current;
		if (map != null && map.version() == version) {
			return map;
		}
		return reload(version);
	}

	// One reload at a time: searches arriving meanwhile wait for it rather than each
	// loading the catalog again.
	private synchronized CatalogMap reload(long version) {
		CatalogMap map = this.current;
		if (map != null && map.version() >= version) {
			return map;
		}
		long started = System.nanoTime();
		List<LocationDetails> everywhere = this.locations.everywhere();
		List<Practitioner> everyone = this.practitioners.everyone();
		CatalogMap loaded = new CatalogMap(version, everywhere, everyone);
		this.current = loaded;
		// Worth seeing: every catalog change costs each instance one reload.
		log.info("Loaded the catalog map (version {}: {} locations, {} practitioners) in {} ms", version,
				everywhere.size(), everyone.size(), (System.nanoTime() - started) / 1_000_000);
		return loaded;
	}

}
