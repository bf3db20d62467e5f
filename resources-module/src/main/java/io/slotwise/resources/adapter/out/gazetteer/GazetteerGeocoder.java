package io.slotwise.resources.adapter.out.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.domain.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link Geocoder}. The table is parsed lazily (first use, or in the
 * background once the application is ready), never during start-up; the load is logged
 * and measured by GeocoderBenchmark.
 */
@Component
class GazetteerGeocoder implements Geocoder {

	static final String RESOURCE = "geo/2025_Gaz_zcta_national.txt";

	private static final Logger log = LoggerFactory.getLogger(GazetteerGeocoder.class);

	private volatile @Nullable ZctaTable table;

	@Override
	public Geocoded locate(@Nullable String typed) {
		String zip = Geocoder.zip(typed);
		if (zip == null || !ZIP_FORMAT.matcher(zip).matches()) {
			return new Rejected(typed, CatalogError.Code.INVALID_ZIP);
		}
		ZctaTable zctas = table();
		int index = zctas.indexOf(Integer.parseInt(zip));
		if (index < 0) {
			return new Rejected(zip, CatalogError.Code.UNKNOWN_ZIP);
		}
		return new Located(zip, new GeoPoint(zctas.latitude(index), zctas.longitude(index)));
	}

	@Override
	public List<Located> within(GeoPoint centre, Distance radius) {
		ZctaTable zctas = table();
		BoundingBox box = BoundingBox.around(centre, radius);
		List<Located> found = new ArrayList<>();
		for (int i = 0; i < zctas.size(); i++) {
			double lat = zctas.latitude(i);
			double lon = zctas.longitude(i);
			if (lat < box.minLatitude() || lat > box.maxLatitude() || lon < box.minLongitude()
					|| lon > box.maxLongitude()) {
				continue;
			}
			GeoPoint point = new GeoPoint(lat, lon);
			if (centre.distanceTo(point).compareTo(radius) <= 0) {
				found.add(new Located("%05d".formatted(zctas.zip(i)), point));
			}
		}
		found.sort(Comparator.comparingDouble((Located located) -> centre.distanceTo(located.point()).kilometres())
			.thenComparing(Located::zip));
		return found;
	}

	/**
	 * Parses the table off the main thread once the application is up, so neither
	 * start-up nor the first patient's search pays for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("zcta-warm-up").start(this::table);
	}

	ZctaTable table() {
		ZctaTable loaded = this.table;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.table;
				if (loaded == null) {
					long started = System.nanoTime();
					loaded = ZctaTable.load(RESOURCE);
					log.info("Loaded {} ZIP code areas from the Census gazetteer in {} ms", loaded.size(),
							(System.nanoTime() - started) / 1_000_000);
					this.table = loaded;
				}
			}
		}
		return loaded;
	}

}
