package io.slotwise.platform.demo;

import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.catalog.SeedCatalog.SeedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the demo practice network when the demo starts, unless the catalog already has
 * data (a restart against the same database changes nothing). The demo practitioner user
 * is one of the network's practitioners, so their token sees their own calendar.
 */
@Component
@Profile("demo")
class DemoDataLauncher implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLauncher.class);

	private final SeedCatalog catalog;

	DemoDataLauncher(SeedCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		SeedReport report = this.catalog
			.seed(NetworkShape.demo(Optional.of(new PractitionerId(DemoUser.PRACTITIONER.id()))));
		if (report.skipped()) {
			log.info("Demo catalog already present; nothing loaded");
		}
		else {
			log.info("Demo catalog loaded: {} locations, {} practitioners, {} rooms, {} equipment units in {} ms",
					report.locations(), report.practitioners(), report.rooms(), report.equipmentUnits(),
					report.generation().plus(report.storage()).toMillis());
		}
	}

}
