package io.slotwise.resources.application;

import io.slotwise.resources.domain.CatalogVersion;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.Practitioners;
import org.jspecify.annotations.Nullable;

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

	private final CatalogVersion versions;

	private final Locations locations;

	private final Practitioners practitioners;

	private volatile @Nullable CatalogMap current;

	CatalogMaps(CatalogVersion versions, Locations locations, Practitioners practitioners) {
		this.versions = versions;
		this.locations = locations;
		this.practitioners = practitioners;
	}

	CatalogMap current() {
		long version = this.versions.current();
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
		CatalogMap loaded = new CatalogMap(version, this.locations.everywhere(), this.practitioners.everyone());
		this.current = loaded;
		return loaded;
	}

}
