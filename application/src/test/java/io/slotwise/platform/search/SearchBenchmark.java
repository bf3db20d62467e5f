package io.slotwise.platform.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.slotwise.resources.Distance;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.catalog.SeedCatalog.SeedReport;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Search latency on the large network (10,000 practitioners, 1,000 locations), default
 * 14-day range, a typical query: a ZIP in a seeded metro, 10 miles, a common specialty,
 * an insurance plan, Spanish preferred. Cold: the cache is invalidated (catalog version
 * bumped) before each search. Warm: the same queries again. Not part of the build; see
 * scheduling-module/README.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "slotwise.test.catalog=benchmark")
public class SearchBenchmark {

	public static final List<String> ZIPS = List.of("10001", "94105", "60601", "85004", "90012", "77002", "02108",
			"80202", "98101", "30303", "33131", "75201", "11215", "94607", "60657");

	@Autowired
	SeedCatalog seed;

	@Autowired
	SearchPractitioners search;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	FindPractitioners practitioners;

	@Autowired
	Geocoder geocoder;

	@Test
	void coldAndWarm() throws Exception {
		SeedReport report = this.seed.seed(NetworkShape.large());
		System.out.printf("large network: %d locations, %d practitioners (stored in %d ms)%n", report.locations(),
				report.practitioners(), report.storage().toMillis());
		for (int i = 0; i < 10; i++) {
			run(i);
		}
		int coldRounds = 45;
		long[] cold = new long[coldRounds];
		long results = 0;
		for (int i = 0; i < coldRounds; i++) {
			this.events.publishEvent(new LocationChanged(new LocationId(UUID.randomUUID())));
			long start = System.nanoTime();
			results += run(i);
			cold[i] = System.nanoTime() - start;
		}
		print("search, cold cache", cold);
		System.out.printf("  %.1f results on average%n", (double) results / coldRounds);
		for (int i = 0; i < ZIPS.size(); i++) {
			run(i);
		}
		int warmRounds = 600;
		long[] warm = new long[warmRounds];
		long started = System.nanoTime();
		for (int i = 0; i < warmRounds; i++) {
			long start = System.nanoTime();
			run(i);
			warm[i] = System.nanoTime() - start;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		print("search, warm cache", warm);
		System.out.printf("  throughput %.0f searches/s on one thread%n", warmRounds / seconds);
		long[] near = new long[warmRounds];
		for (int i = 0; i < warmRounds; i++) {
			GeoPoint origin = ((Geocoder.Located) this.geocoder.locate(ZIPS.get(i % ZIPS.size()))).point();
			long start = System.nanoTime();
			this.practitioners.near(new NearbySearch(origin, Distance.ofMiles(10),
					new PractitionerFilter("FAMILY_MEDICINE", null, "AETNA_PPO", null), 200));
			near[i] = System.nanoTime() - start;
		}
		print("  of which candidate lookup (FindPractitioners.near, cap 200)", near);
		int threads = 4;
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			long parallelStart = System.nanoTime();
			List<Future<Integer>> done = new ArrayList<>();
			for (int i = 0; i < warmRounds; i++) {
				int round = i;
				done.add(pool.submit(() -> run(round)));
			}
			for (Future<Integer> one : done) {
				one.get();
			}
			System.out.printf("  throughput %.0f searches/s on %d threads (warm)%n",
					warmRounds / ((System.nanoTime() - parallelStart) / 1e9), threads);
		}
	}

	/**
	 * The typical query of round {@code round}: a ZIP in a seeded metro, 10 miles, family
	 * medicine, Aetna PPO, Spanish preferred.
	 */
	public static SearchQuery query(int round) {
		return new SearchQuery(ZIPS.get(round % ZIPS.size()), null, null, 10.0, SearchQuery.Unit.MILES,
				"FAMILY_MEDICINE", null, List.of("es"), false, "AETNA_PPO", null, null, null, null, null, true);
	}

	private int run(int round) {
		return switch (this.search.search(query(round), 0, 20)) {
			case SearchOutcome.Found found -> found.total();
			case SearchOutcome.Refused refused -> throw new IllegalStateException(refused.problem().toString());
		};
	}

	static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
	}

}
