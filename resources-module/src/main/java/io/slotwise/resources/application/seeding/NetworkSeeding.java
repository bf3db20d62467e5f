package io.slotwise.resources.application.seeding;

import java.time.Duration;

import io.slotwise.resources.Geocoder;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.domain.Locations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates and stores a practice network in one transaction. No per-entry events: a
 * seeded catalog is a starting state, not a change anybody must react to.
 */
@Service
class NetworkSeeding implements SeedCatalog {

	private static final Logger log = LoggerFactory.getLogger(NetworkSeeding.class);

	private final Locations locations;

	private final NetworkStore store;

	private final NetworkGenerator generator;

	NetworkSeeding(Locations locations, NetworkStore store, Geocoder geocoder) {
		this.locations = locations;
		this.store = store;
		this.generator = new NetworkGenerator(geocoder);
	}

	@Override
	@Transactional
	public SeedReport seed(NetworkShape shape) {
		if (!this.locations.isEmpty()) {
			return new SeedReport(true, 0, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
		}
		long started = System.nanoTime();
		Network network = this.generator.generate(shape);
		long generated = System.nanoTime();
		this.store.store(network);
		long stored = System.nanoTime();
		SeedReport report = new SeedReport(false, network.locations().size(), network.practitioners().size(),
				network.rooms().size(), network.equipmentUnits(), network.visitTypes().size(), network.weeklyRules(),
				Duration.ofNanos(generated - started), Duration.ofNanos(stored - generated));
		log.info("Seeded the catalog: {}", report);
		return report;
	}

}
