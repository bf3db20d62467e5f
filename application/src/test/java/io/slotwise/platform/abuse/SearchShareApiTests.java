package io.slotwise.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.slotwise.platform.Tokens;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.testing.Clinic;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One address flooding searches gets its fair share of the instance's search permits and
 * no more; another address searching at the same time still gets in. Real threads race
 * through HTTP while the candidate table is locked in PostgreSQL, so every search that
 * got in holds its permit until the test lets go: nothing is timed, nothing is mocked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
				"slotwise.search.max-concurrent=4", "slotwise.search.queue-wait=PT1S",
				"slotwise.search.per-address-concurrent=2", "slotwise.search.per-user-concurrent=1" })
@ActiveProfiles("test")
class SearchShareApiTests {

	static final String SEARCH = """
			query($input: SearchInput!) { searchPractitioners(input: $input, first: 5) {
			  edges { node { practitioner { id } } } } }""";

	@LocalServerPort
	int port;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	DSLContext db;

	@Test
	void aFloodingAddressGetsItsShareAndAnotherAddressStillSearches() throws Exception {
		Map<String, Object> search = search();
		Bot flood = new Bot(this.port, "203.0.113.7", null);
		Bot neighbour = new Bot(this.port, "198.51.100.8", null);
		List<Map<String, Object>> floodAnswers;
		Map<String, Object> neighbourAnswer;
		try (Lock lock = new Lock(this.db); ExecutorService threads = Executors.newFixedThreadPool(7)) {
			List<CompletableFuture<Map<String, Object>>> flooding = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				flooding.add(CompletableFuture.supplyAsync(() -> flood.send(SEARCH, search), threads));
			}
			// the flood's share waits in PostgreSQL holding its permits
			lock.awaitWaiting(2);
			CompletableFuture<Map<String, Object>> neighbours = CompletableFuture
				.supplyAsync(() -> neighbour.send(SEARCH, search), threads);
			lock.awaitWaiting(3);
			// longer than the bulkhead's queue wait: a neighbour queued behind the flood
			// would have been turned away by now
			Thread.sleep(1500);
			lock.release();
			floodAnswers = flooding.stream().map(CompletableFuture::join).toList();
			neighbourAnswer = neighbours.join();
		}
		assertThat(Bot.topLevelCode(neighbourAnswer)).isNull();
		assertThat(Bot.at(neighbourAnswer, "searchPractitioners.edges")).asList().hasSize(1);
		List<String> codes = floodAnswers.stream().map((answer) -> String.valueOf(Bot.topLevelCode(answer))).toList();
		assertThat(codes).filteredOn("null"::equals).hasSize(2);
		assertThat(codes).filteredOn("SEARCH_BUSY"::equals).hasSize(4);
	}

	@Test
	void oneUserOnManyAddressesGetsOneSearchAtATime() throws Exception {
		Map<String, Object> search = search();
		String token = new Tokens(this.issuer).bearer(UUID.randomUUID(), Role.PATIENT);
		try (Lock lock = new Lock(this.db); ExecutorService threads = Executors.newFixedThreadPool(3)) {
			CompletableFuture<Map<String, Object>> first = CompletableFuture
				.supplyAsync(() -> new Bot(this.port, "192.0.2.1", token).send(SEARCH, search), threads);
			lock.awaitWaiting(1);
			Map<String, Object> second = new Bot(this.port, "192.0.2.2", token).send(SEARCH, search);
			assertThat(Bot.topLevelCode(second)).isEqualTo("SEARCH_BUSY");
			assertThat(second.toString()).contains("per=user");
			lock.release();
			assertThat(Bot.topLevelCode(first.join())).isNull();
		}
		// the share comes back when the search ends
		assertThat(Bot.topLevelCode(new Bot(this.port, "192.0.2.3", token).send(SEARCH, search))).isNull();
	}

	private Map<String, Object> search() {
		Clinic clinic = Clinic.open(this.catalog);
		String specialty = this.db
			.resultQuery("select specialty from resources.visit_type where id = ?", clinic.visitType().value())
			.fetchSingle(0, String.class);
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		return Map.of("input", Map.of("zip", "10001", "radius", 5, "specialty", specialty, "from",
				today.plusDays(1).toString(), "to", today.plusDays(3).toString()));
	}

	/**
	 * Holds the catalog version row locked in a transaction of its own (every search
	 * reads it before the in-memory candidate lookup, ADR 0025), so every search that
	 * reaches the candidate lookup waits in PostgreSQL holding its permits.
	 */
	private static final class Lock implements AutoCloseable {

		private final DSLContext db;

		private final CountDownLatch locked = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final Thread holder;

		Lock(DSLContext db) throws InterruptedException {
			this.db = db;
			this.holder = Thread.ofPlatform().start(() -> db.transaction((tx) -> {
				tx.dsl().execute("lock table resources.catalog_version in access exclusive mode");
				this.locked.countDown();
				this.release.await(30, TimeUnit.SECONDS);
			}));
			assertThat(this.locked.await(10, TimeUnit.SECONDS)).isTrue();
		}

		void awaitWaiting(int queries) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (waiting() < queries) {
				assertThat(System.nanoTime()).as("%d searches waiting for the lock", queries).isLessThan(deadline);
				Thread.sleep(20);
			}
		}

		private int waiting() {
			return this.db
				.resultQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
						+ " and query ilike '%catalog_version%' and query not ilike '%pg_stat_activity%'")
				.fetchSingle(0, Integer.class);
		}

		void release() {
			this.release.countDown();
		}

		@Override
		public void close() throws InterruptedException {
			release();
			this.holder.join(10_000);
		}

	}

}
