package io.slotwise.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.platform.benchmark.RoundTrips;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A warm search (nothing changed since the last one) crosses to PostgreSQL once (the
 * catalog's versions) and to Redis once (holds, version tokens and viewers in one
 * script), counted on the wire (ADR 0031); before, it took four statements and three
 * round trips. Counts, not timings: background jobs may add a few statements or round
 * trips during the run, never one per search.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(RoundTrips.class)
class SearchRoundTripsTests {

	static final int SEARCHES = 40;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	SearchPractitioners search;

	@Test
	void aWarmSearchCostsOneStatementAndOneRedisRoundTrip() {
		SearchNetwork network = new SearchNetwork(this.catalog);
		Search wanted = Search.of(network).miles(3);
		// by specialty and plan: the visit type and the plan are looked up too
		wanted.visitType = null;
		wanted.specialty = network.specialty;
		wanted.plan = "AETNA_PPO";
		SearchQuery query = wanted.query();
		assertThat(found(query)).isPositive();
		assertThat(found(query)).isPositive();

		long[] before = RoundTrips.snapshot();
		for (int i = 0; i < SEARCHES; i++) {
			found(query);
		}
		long[] after = RoundTrips.snapshot();

		assertThat((after[0] - before[0]) / (double) SEARCHES).as("statements per warm search").isLessThan(1.5);
		assertThat((after[1] - before[1]) / (double) SEARCHES).as("Redis round trips per warm search").isLessThan(1.5);
	}

	private int found(SearchQuery query) {
		SearchOutcome outcome = this.search.search(query, 0, 20);
		assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
		return ((SearchOutcome.Found) outcome).results().size();
	}

}
