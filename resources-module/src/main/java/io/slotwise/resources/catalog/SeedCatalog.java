package io.slotwise.resources.catalog;

import io.slotwise.resources.PractitionerId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills an empty catalog with a generated, deterministic practice network built from real
 * ZIP codes: the demo data set, or a large network for benchmarks.
 */
public interface SeedCatalog {

	/**
	 * Generates and stores the network unless the catalog already has locations
	 * (idempotent: a restart of the demo does not duplicate data).
	 */
	SeedReport seed(NetworkShape shape);

	/**
	 * @param seed random seed: same shape, same network, same ids
	 * @param locations how many locations, spread over the metro areas
	 * @param practitioners how many practitioners
	 * @param featured id to give the first practitioner (the demo practitioner user)
	 */
	record NetworkShape(long seed, int locations, int practitioners, Optional<PractitionerId> featured) {

		public NetworkShape {
			if (locations < 1 || practitioners < 1) {
				throw new IllegalArgumentException("a network needs locations and practitioners");
			}
			featured = Objects.requireNonNullElse(featured, Optional.empty());
		}

		/** The demo: dozens of locations, hundreds of practitioners. */
		public static NetworkShape demo(Optional<PractitionerId> featured) {
			return new NetworkShape(20261124L, 36, 300, featured);
		}

		/** The benchmark network: 1,000 locations, 10,000 practitioners. */
		public static NetworkShape large() {
			return new NetworkShape(20261124L, 1_000, 10_000, Optional.empty());
		}

	}

	/**
	 * @param skipped true when the catalog was not empty and nothing was written
	 * @param locations locations written
	 * @param practitioners practitioners written
	 * @param rooms rooms written
	 * @param equipmentUnits equipment units written
	 * @param visitTypes visit types written
	 * @param weeklyRules weekly working-hour rules written
	 * @param generation time to generate the network in memory
	 * @param storage time to store it
	 */
	record SeedReport(boolean skipped, int locations, int practitioners, int rooms, int equipmentUnits, int visitTypes,
			int weeklyRules, Duration generation, Duration storage) {

	}

}
