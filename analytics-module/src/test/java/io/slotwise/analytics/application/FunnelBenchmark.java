package io.slotwise.analytics.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFacts;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.search.BookingPaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Months of a large network: generated journeys (searches, views, holds that are booked
 * or expire, cancellations) loaded in bulk, plus facts appended one by one through the
 * real ingestion path; prints ingest throughput and p50/p95 of each dashboard query.
 * Excluded from the build (tag "benchmark"); run with
 * {@code mvn -o verify -pl analytics-module -am -DexcludedGroups= -Dtest=FunnelBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbenchmark.journeys=1200000}.
 */
@Tag("benchmark")
@ApplicationModuleTest(extraIncludes = "resources")
class FunnelBenchmark {

	static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 1_100_000);

	static final int APPENDS = Integer.getInteger("benchmark.appends", 10_000);

	static final int LOCATIONS = 200;

	static final int RUNS = Integer.getInteger("benchmark.runs", 10);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FunnelFacts facts;

	@Autowired
	ReportFunnel reports;

	@Autowired
	BookingPaces paces;

	@Autowired
	io.slotwise.analytics.DonationCampaigns donations;

	@Test
	void printsIngestAndQueryFigures() throws Exception {
		Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
		Instant start = end.minus(Duration.ofDays(180));
		bulkLoad(start);
		appendOneByOne(end);
		long rows = this.jdbc.queryForObject("SELECT count(*) FROM analytics.funnel_event", Long.class);
		System.out.printf("facts stored: %,d in %d month partitions%n", rows, this.jdbc.queryForObject(
				"SELECT count(*) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'funnel_event'",
				Long.class));
		Instant monthAgo = end.minus(Duration.ofDays(30));
		UUID location = id(7);
		UUID practitioner = id(1000 + 7 * 10 + 3);
		UUID visitType = id(1000 + 7 * 10 + 3 + 100000);
		String specialty = "SPECIALTY_7";
		System.out.printf("load average at the queries: %s%n", loadAverage());
		time("raw baseline: SELECT count(*) FROM funnel_event (all of it)",
				() -> this.jdbc.queryForObject("SELECT count(*) FROM analytics.funnel_event", Long.class));
		time("raw baseline: count(*) of 30 days' facts",
				() -> this.jdbc
					.queryForObject(
							"SELECT count(*) FROM analytics.funnel_event WHERE occurred_at >= ?::timestamptz "
									+ "AND occurred_at < ?::timestamptz",
							Long.class, monthAgo.toString(), end.toString()));
		time("raw baseline: count(DISTINCT journey) of 30 days' searches",
				() -> this.jdbc.queryForObject(
						"SELECT count(DISTINCT journey_id) FROM analytics.funnel_event WHERE kind = 'SEARCHED' "
								+ "AND occurred_at >= ?::timestamptz AND occurred_at < ?::timestamptz",
						Long.class, monthAgo.toString(), end.toString()));
		FunnelQuery network = query(monthAgo, end, null, null, null, null, FunnelQuery.Bucket.DAY);
		time("  part: journeys per stage, network, 30 days", () -> this.facts.journeysPerStage(network));
		time("  part: time to book, network, 30 days", () -> this.facts.timeToBook(network));
		time("  part: DAY series, network, 30 days", () -> this.facts.series(network));
		time("hold abandonment, network, 30 days", () -> this.facts.holds(network));
		time("cancellations and refills, network, 30 days", () -> this.facts.cancellations(network));
		time("waitlist offers and joins, network, 30 days", () -> this.facts.waitlist(network));
		time("funnel, whole network, 30 days, DAY", () -> this.reports.funnel(network, null));
		time("funnel, one location, 30 days, DAY", () -> this.reports
			.funnel(query(monthAgo, end, location, null, null, null, FunnelQuery.Bucket.DAY), null));
		time("funnel, one practitioner, 30 days, HOUR", () -> this.reports
			.funnel(query(monthAgo, end, null, practitioner, null, null, FunnelQuery.Bucket.HOUR), null));
		time("funnel, one specialty, 30 days, DAY", () -> this.reports
			.funnel(query(monthAgo, end, null, null, null, specialty, FunnelQuery.Bucket.DAY), null));
		time("funnel, one visit type, 30 days, DAY", () -> this.reports
			.funnel(query(monthAgo, end, null, null, visitType, null, FunnelQuery.Bucket.DAY), null));
		time("funnel, whole network, 7 days, HOUR", () -> this.reports
			.funnel(query(end.minus(Duration.ofDays(7)), end, null, null, null, null, FunnelQuery.Bucket.HOUR), null));
		time("funnel, one location, 180 days, DAY",
				() -> this.reports.funnel(query(start, end, location, null, null, null, FunnelQuery.Bucket.DAY), null));
		time("funnel, partial hours at both ends, network, 30 days, DAY",
				() -> this.reports.funnel(query(monthAgo.plusSeconds(1234), end.minusSeconds(1234), null, null, null,
						null, FunnelQuery.Bucket.DAY), null));
		time("donation pledges by location, 30 days", () -> this.donations.figures(monthAgo, end, null));
		List<PractitionerId> page = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			page.add(new PractitionerId(id(1000 + i * 10 + 1)));
		}
		time("search booking pace, page of 20 practitioners, 90 days", () -> this.paces.paces(page));
		System.out.printf("load average after the queries: %s%n", loadAverage());
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private void bulkLoad(Instant start) {
		long began = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("SELECT setseed(0.42)");
			for (int month = 0; month <= 7; month++) {
				this.jdbc.queryForList("SELECT analytics.ensure_funnel_month(?::timestamptz)",
						start.plus(Duration.ofDays(30L * month)).toString());
			}
			this.jdbc.execute("""
					CREATE TEMP TABLE journeys ON COMMIT DROP AS
					SELECT gen_random_uuid() AS journey, gen_random_uuid() AS hold, gen_random_uuid() AS appointment,
					       '%s'::timestamptz + random() * INTERVAL '179 days' AS searched,
					       loc, loc * 10 + 1000 + (random() * 9)::int AS prac, random() AS r1, random() AS r2,
					       random() AS r3
					FROM (SELECT (random() * %d)::int AS loc FROM generate_series(1, %d)) g""".formatted(start,
					LOCATIONS - 1, JOURNEYS));
			String dims = "(" + hex("loc") + ")::uuid, (" + hex("prac") + ")::uuid, (" + hex("prac + 100000")
					+ ")::uuid, 'SPECIALTY_' || (loc % 12)";
			String insert = "INSERT INTO analytics.funnel_event (event_id, occurred_at, journey_id, kind, location_id, "
					+ "practitioner_id, visit_type_id, specialty, subject_id, hold_id, slot_start) ";
			this.jdbc.execute(insert + "SELECT gen_random_uuid(), searched, journey, 'SEARCHED', NULL, NULL, NULL, "
					+ "'SPECIALTY_' || (loc % 12), NULL, NULL, NULL FROM journeys");
			this.jdbc.execute(insert + "SELECT gen_random_uuid(), searched + INTERVAL '2 minutes', journey, 'VIEWED', "
					+ dims + ", NULL, NULL, NULL FROM journeys WHERE r1 < 0.6");
			String placed = "searched + INTERVAL '5 minutes' + r2 * INTERVAL '2 days'";
			String slot = "date_trunc('hour', searched) + INTERVAL '3 days'";
			this.jdbc.execute(insert + "SELECT gen_random_uuid(), " + placed + ", journey, 'HOLD_PLACED', " + dims
					+ ", hold, hold, " + slot + " FROM journeys WHERE r1 < 0.35");
			this.jdbc.execute(insert + "SELECT gen_random_uuid(), " + placed + " + INTERVAL '40 seconds', journey, "
					+ "'BOOKED', " + dims + ", appointment, hold, " + slot
					+ " FROM journeys WHERE r1 < 0.35 AND r3 < 0.7");
			this.jdbc.execute(insert + "SELECT gen_random_uuid(), " + placed + " + INTERVAL '60 seconds', journey, "
					+ "'HOLD_EXPIRED', " + dims + ", hold, hold, " + slot
					+ " FROM journeys WHERE r1 < 0.35 AND r3 >= 0.7");
			this.jdbc.execute(
					insert + "SELECT gen_random_uuid(), " + placed + " + INTERVAL '1 day', journey, " + "'CANCELLED', "
							+ dims + ", appointment, NULL, " + slot + " FROM journeys WHERE r1 < 0.35 AND r3 < 0.035");
		});
		long generated = System.nanoTime();
		// The aggregates the dashboard reads, from the raw facts, as a repair would.
		this.transactions.executeWithoutResult((status) -> this.jdbc.execute("SELECT analytics.rebuild_rollups()"));
		long rebuilt = System.nanoTime();
		// VACUUM too, as autovacuum would: index-only reads (the medians) need the
		// visibility map.
		for (String table : List.of("funnel_event", "hourly_figure", "journey_reach", "conversion", "outcome",
				"cancellation")) {
			this.jdbc.execute("VACUUM ANALYZE analytics." + table);
		}
		long rows = this.jdbc.queryForObject("SELECT count(*) FROM analytics.funnel_event", Long.class);
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf(
				"bulk load: %,d facts of %,d journeys in %.1f s (%,.0f facts/s): generated set-based in %.1f s, "
						+ "rebuild_rollups() %.1f s, VACUUM ANALYZE %.1f s; load %s%n",
				rows, JOURNEYS, seconds, rows / seconds, (generated - began) / 1e9, (rebuilt - generated) / 1e9,
				(System.nanoTime() - rebuilt) / 1e9, loadAverage());
	}

	private static String hex(String number) {
		return "'00000000-0000-0000-0000-' || lpad(to_hex(" + number + "), 12, '0')";
	}

	/** Through the real append path (partition check, lock, dedup, rollup), 4 threads. */
	private void appendOneByOne(Instant end) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long began = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			done.add(pool.submit(() -> {
				java.util.Random random = new java.util.Random();
				for (int i = 0; i < APPENDS / 4; i++) {
					// The live case: every ingest lands in the last two hours (the hot
					// rows),
					// a search (no practitioner) or a hold somewhere in the network.
					Instant at = end.minus(Duration.ofSeconds(random.nextInt(7200)));
					int loc = random.nextInt(LOCATIONS);
					int prac = 1000 + loc * 10 + random.nextInt(9);
					UUID hold = UUID.randomUUID();
					FunnelFact fact = (i % 2 == 0)
							? new FunnelFact(UUID.randomUUID(), at, UUID.randomUUID(), FunnelFact.Kind.SEARCHED, null,
									null, null, "SPECIALTY_" + (loc % 12), null, null, null, null)
							: new FunnelFact(hold, at, UUID.randomUUID(), FunnelFact.Kind.HOLD_PLACED, id(loc),
									id(prac), id(prac + 100000), "SPECIALTY_" + (loc % 12), hold, hold,
									at.plus(Duration.ofDays(2)), null);
					this.transactions.executeWithoutResult((status) -> this.facts.append(fact));
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf(
				"ingest path: %,d facts appended one per transaction by 4 threads in %.1f s (%,.0f facts/s), load %s%n",
				APPENDS, seconds, APPENDS / seconds, loadAverage());
		rawInserts(end);
	}

	/**
	 * Beside the ingest path: a bare INSERT per transaction, no lock, no dedup, no
	 * aggregate.
	 */
	private void rawInserts(Instant end) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		long began = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			done.add(pool.submit(() -> {
				for (int i = 0; i < APPENDS / 4; i++) {
					Instant at = end.minus(Duration.ofSeconds((long) (Math.random() * 86_400 * 20)));
					this.transactions.executeWithoutResult((status) -> this.jdbc.update(
							"INSERT INTO analytics.funnel_event (event_id, occurred_at, journey_id, kind) "
									+ "VALUES (gen_random_uuid(), ?::timestamptz, gen_random_uuid(), 'RESCHEDULED')",
							at.toString()));
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf(
				"raw baseline: %,d bare INSERTs, one per transaction, 4 threads, in %.1f s (%,.0f rows/s), load %s%n",
				APPENDS, seconds, APPENDS / seconds, loadAverage());
	}

	private void time(String name, Supplier<?> query) {
		query.get(); // warm-up
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long began = System.nanoTime();
			query.get();
			micros.add((System.nanoTime() - began) / 1000);
		}
		Collections.sort(micros);
		// With RUNS = 10, p95 and p99 are the slowest run.
		System.out.printf("%-58s p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms%n", name, micros.get(RUNS / 2 - 1) / 1000.0,
				micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0,
				micros.get((int) Math.ceil(RUNS * 0.99) - 1) / 1000.0);
	}

	private static FunnelQuery query(Instant from, Instant to, UUID location, UUID practitioner, UUID visitType,
			String specialty, FunnelQuery.Bucket bucket) {
		return new FunnelQuery(from, to, location, practitioner, visitType, specialty, bucket);
	}

	private static UUID id(int number) {
		return UUID.fromString("00000000-0000-0000-0000-" + String.format("%012x", number));
	}

}
