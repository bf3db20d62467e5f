package io.slotwise.resources.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.Distance;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.catalog.SeedCatalog.SeedReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Seeds the 10,000-practitioner / 1,000-location network into a real PostgreSQL and
 * prints how long that takes and how fast radius searches are on it. Tagged
 * {@code benchmark}: the build skips it; see the module's README.md to run it.
 */
@Tag("benchmark")
@ApplicationModuleTest
@TestPropertySource(properties = "slotwise.test.catalog=benchmark")
class LargeNetworkBenchmark {

	@Autowired
	SeedCatalog seed;

	@Autowired
	FindPractitioners find;

	@Autowired
	BrowseLocations locations;

	@Autowired
	Geocoder geocoder;

	@Test
	void seedAndSearch() {
		SeedReport report = this.seed.seed(NetworkShape.large());
		System.out.printf(
				"large network: %d locations, %d practitioners, %d rooms, %d equipment units, "
						+ "%d visit types, %d weekly rules; generated in %d ms, stored in %d ms%n",
				report.locations(), report.practitioners(), report.rooms(), report.equipmentUnits(),
				report.visitTypes(), report.weeklyRules(), report.generation().toMillis(), report.storage().toMillis());

		List<GeoPoint> origins = new ArrayList<>();
		for (String zip : List.of("10001", "94105", "60601", "85004", "90012", "77002", "02108", "80202", "98101",
				"30303", "33131", "75201", "11215", "94607", "60657")) {
			origins.add(((Geocoder.Located) this.geocoder.locate(zip)).point());
		}
		List<String> specialties = Arrays.asList(null, "FAMILY_MEDICINE", "DERMATOLOGY", "PEDIATRICS");
		List<String> languages = Arrays.asList(null, null, "es", "zh");
		List<String> plans = Arrays.asList(null, null, "AETNA_PPO", "MEDICARE_B");
		Random random = new Random(1);
		for (int warmUp = 0; warmUp < 50; warmUp++) {
			search(origins, specialties, languages, plans, random);
		}
		int rounds = 500;
		long[] nanos = new long[rounds];
		long found = 0;
		long started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			long one = System.nanoTime();
			found += search(origins, specialties, languages, plans, random);
			nanos[i] = System.nanoTime() - one;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		print("practitioners near (10 mi, random filters, top 20)", nanos);
		System.out.printf("throughput %.0f searches/s single-threaded, %.1f results on average%n", rounds / seconds,
				(double) found / rounds);
		long[] near = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long one = System.nanoTime();
			this.locations.near(origins.get(i % origins.size()), Distance.ofMiles(10), 50);
			near[i] = System.nanoTime() - one;
		}
		print("locations near (10 mi)", near);
	}

	private int search(List<GeoPoint> origins, List<String> specialties, List<String> languages, List<String> plans,
			Random random) {
		PractitionerFilter filter = new PractitionerFilter(specialties.get(random.nextInt(specialties.size())),
				languages.get(random.nextInt(languages.size())), plans.get(random.nextInt(plans.size())), null);
		return this.find
			.near(new NearbySearch(origins.get(random.nextInt(origins.size())), Distance.ofMiles(10), filter, 20))
			.size();
	}

	static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
	}

}
