package io.slotwise.analytics.adapter.out.jooq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.FunnelReport.Stage;
import io.slotwise.analytics.domain.Funnel;
import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFacts;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Facts in the month-partitioned {@code funnel_event} table. Figures are computed in SQL
 * over the raw facts (partition pruning keeps a period's scan to its months); daily
 * series over whole days read the {@code daily_count} rollup instead.
 */
@Repository
class JooqFunnelFacts implements FunnelFacts {

	private static final String APPEND = """
			WITH stored AS (
			  INSERT INTO analytics.funnel_event (event_id, occurred_at, journey_id, kind, location_id,
			    practitioner_id, visit_type_id, specialty, subject_id, hold_id, slot_start)
			  SELECT ?::uuid, ?::timestamptz, ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?::uuid, ?::uuid, ?::timestamptz
			  WHERE NOT EXISTS (SELECT 1 FROM analytics.funnel_event WHERE event_id = ?::uuid)
			  ON CONFLICT DO NOTHING
			  RETURNING occurred_at, kind, location_id, practitioner_id, visit_type_id, specialty)
			INSERT INTO analytics.daily_count (day, kind, location_id, practitioner_id, visit_type_id, specialty, events)
			SELECT (occurred_at AT TIME ZONE 'UTC')::date, kind, location_id, practitioner_id, visit_type_id, specialty, 1
			FROM stored
			ON CONFLICT (day, kind, location_id, practitioner_id, visit_type_id, specialty)
			DO UPDATE SET events = analytics.daily_count.events + 1""";

	private final DSLContext db;

	/** Months whose partition is known to exist; saves a function call per fact. */
	private final Set<YearMonth> months = ConcurrentHashMap.newKeySet();

	JooqFunnelFacts(DSLContext db) {
		this.db = db;
	}

	@Override
	public boolean append(FunnelFact fact) {
		YearMonth month = YearMonth.from(fact.occurredAt().atZone(ZoneOffset.UTC));
		if (!this.months.contains(month)) {
			this.db.fetch("SELECT analytics.ensure_funnel_month(?::timestamptz)", FactFilter.utc(fact.occurredAt()));
			this.months.add(month);
		}
		// Serialises two deliveries of the same fact, which the NOT EXISTS alone would
		// not.
		this.db.fetch("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", fact.id().toString());
		return this.db.execute(APPEND, fact.id(), FactFilter.utc(fact.occurredAt()), fact.journey(), fact.kind().name(),
				fact.location(), fact.practitioner(), fact.visitType(), fact.specialty(), fact.subject(), fact.hold(),
				(fact.slotStart() != null) ? FactFilter.utc(fact.slotStart()) : null, fact.id()) == 1;
	}

	@Override
	public Map<Stage, Long> journeysPerStage(FunnelQuery query) {
		FactFilter filter = FactFilter.of(query, "f");
		Map<Stage, Long> journeys = new EnumMap<>(Stage.class);
		for (Record row : this.db.fetch("SELECT f.kind, count(DISTINCT f.journey_id) FROM analytics.funnel_event f "
				+ "WHERE f.kind IN ('SEARCHED', 'VIEWED', 'HOLD_PLACED', 'BOOKED') AND " + filter.sql()
				+ " GROUP BY f.kind", filter.binds().toArray())) {
			journeys.put(stage(row.get(0, String.class)), row.get(1, Long.class));
		}
		return journeys;
	}

	@Override
	public FunnelReport.TimeToBook timeToBook(FunnelQuery query) {
		FactFilter filter = FactFilter.of(query, "f");
		Record row = this.db.fetchSingle("""
				SELECT count(*), extract(epoch FROM avg(b - s)),
				  extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY b - s))
				FROM (SELECT min(f.occurred_at) FILTER (WHERE f.kind = 'SEARCHED') AS s,
				             min(f.occurred_at) FILTER (WHERE f.kind = 'BOOKED') AS b
				      FROM analytics.funnel_event f
				      WHERE f.kind IN ('SEARCHED', 'BOOKED') AND %s
				      GROUP BY f.journey_id) j
				WHERE s IS NOT NULL AND b IS NOT NULL AND s <= b""".formatted(filter.sql()), filter.binds().toArray());
		return new FunnelReport.TimeToBook(row.get(0, Long.class), duration(row.get(1, BigDecimal.class)),
				duration(row.get(2, BigDecimal.class)));
	}

	@Override
	public Map<UUID, FunnelReport.TimeToBook> timeToBookPerPractitioner(Collection<UUID> practitioners, Instant from,
			Instant to) {
		Map<UUID, FunnelReport.TimeToBook> paces = new java.util.HashMap<>();
		if (practitioners.isEmpty()) {
			return paces;
		}
		for (Record row : this.db.fetch("""
				SELECT practitioner, count(*), extract(epoch FROM avg(b - s)),
				  extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY b - s))
				FROM (SELECT f.practitioner_id AS practitioner, min(f.occurred_at) AS b,
				        (SELECT min(s.occurred_at) FROM analytics.funnel_event s WHERE s.journey_id = f.journey_id
				           AND s.kind = 'SEARCHED' AND s.occurred_at >= ?::timestamptz) AS s
				      FROM analytics.funnel_event f
				      WHERE f.kind = 'BOOKED' AND f.practitioner_id = ANY(?::uuid[])
				        AND f.occurred_at >= ?::timestamptz AND f.occurred_at < ?::timestamptz
				      GROUP BY f.practitioner_id, f.journey_id) j
				WHERE s IS NOT NULL AND s <= b
				GROUP BY practitioner""", FactFilter.utc(from), practitioners.toArray(UUID[]::new),
				FactFilter.utc(from), FactFilter.utc(to))) {
			paces.put(row.get(0, UUID.class), new FunnelReport.TimeToBook(row.get(1, Long.class),
					duration(row.get(2, BigDecimal.class)), duration(row.get(3, BigDecimal.class))));
		}
		return paces;
	}

	@Override
	public FunnelReport.Holds holds(FunnelQuery query) {
		FactFilter filter = FactFilter.of(query, "p");
		Record holds = this.db.fetchSingle("""
				SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics.funnel_event e
				  WHERE e.subject_id = p.subject_id AND e.kind IN ('HOLD_RELEASED', 'HOLD_EXPIRED')))
				FROM analytics.funnel_event p WHERE p.kind = 'HOLD_PLACED' AND %s""".formatted(filter.sql()),
				filter.binds().toArray());
		long bookings = this.db
			.fetchSingle("SELECT count(*) FROM analytics.funnel_event p WHERE p.kind = 'BOOKED' AND " + filter.sql(),
					filter.binds().toArray())
			.get(0, Long.class);
		long placed = holds.get(0, Long.class);
		long abandoned = holds.get(1, Long.class);
		return new FunnelReport.Holds(placed, abandoned, Funnel.share(abandoned, placed), bookings,
				Funnel.share(placed, bookings));
	}

	@Override
	public FunnelReport.Cancellations cancellations(FunnelQuery query) {
		FactFilter filter = FactFilter.of(query, "c");
		Record row = this.db.fetchSingle(
				"""
						SELECT count(*), count(r.refill), extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY r.refill))
						FROM analytics.funnel_event c
						LEFT JOIN LATERAL (SELECT min(b.occurred_at) - c.occurred_at AS refill FROM analytics.funnel_event b
						  WHERE b.kind = 'BOOKED' AND b.practitioner_id = c.practitioner_id AND b.slot_start = c.slot_start
						    AND b.occurred_at > c.occurred_at) r ON TRUE
						WHERE c.kind = 'CANCELLED' AND %s"""
					.formatted(filter.sql()),
				filter.binds().toArray());
		return new FunnelReport.Cancellations(row.get(0, Long.class), row.get(1, Long.class),
				duration(row.get(2, BigDecimal.class)));
	}

	@Override
	public List<FunnelReport.Bucket> series(FunnelQuery query) {
		String counts = """
				sum(n) FILTER (WHERE kind = 'SEARCHED'), sum(n) FILTER (WHERE kind = 'VIEWED'),
				sum(n) FILTER (WHERE kind = 'HOLD_PLACED'), sum(n) FILTER (WHERE kind IN ('HOLD_RELEASED', 'HOLD_EXPIRED')),
				sum(n) FILTER (WHERE kind = 'BOOKED'), sum(n) FILTER (WHERE kind = 'CANCELLED')""";
		List<Record> rows;
		if (query.bucket() == FunnelQuery.Bucket.DAY && wholeDays(query)) {
			FactFilter filter = FactFilter.dimensionsOf(query, "d");
			rows = this.db.fetch(
					"SELECT day, " + counts + " FROM (SELECT d.day, d.kind, d.events AS n "
							+ "FROM analytics.daily_count d WHERE d.day >= ?::date AND d.day < ?::date AND "
							+ filter.sql() + ") x GROUP BY day ORDER BY day",
					filter.with(day(query.from()), day(query.to())));
			return rows.stream()
				.map((row) -> bucket(row.get(0, java.time.LocalDate.class).atStartOfDay(ZoneOffset.UTC).toInstant(),
						row))
				.toList();
		}
		FactFilter filter = FactFilter.of(query, "f");
		String unit = (query.bucket() == FunnelQuery.Bucket.DAY) ? "day" : "hour";
		rows = this.db.fetch("SELECT bucket, " + counts + " FROM (SELECT date_trunc('" + unit
				+ "', f.occurred_at AT TIME ZONE 'UTC') AS bucket, f.kind, 1 AS n FROM analytics.funnel_event f WHERE "
				+ filter.sql() + ") x GROUP BY bucket ORDER BY bucket", filter.binds().toArray());
		return rows.stream()
			.map((row) -> bucket(row.get(0, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), row))
			.toList();
	}

	@Override
	public List<String> dropMonthsBefore(Instant cutoff) {
		List<String> partitions = this.db.fetch("""
				SELECT c.relname FROM pg_inherits i
				JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
				JOIN pg_namespace n ON n.oid = p.relnamespace
				WHERE n.nspname = 'analytics' AND p.relname = 'funnel_event'""").map((row) -> row.get(0, String.class));
		List<String> dropped = new ArrayList<>();
		for (String partition : partitions) {
			YearMonth month = YearMonth.parse(partition.substring("funnel_event_".length()).replace('_', '-'));
			if (!month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(cutoff)) {
				this.db.execute("DROP TABLE IF EXISTS analytics." + partition);
				this.months.remove(month);
				dropped.add(partition);
			}
		}
		this.db.execute("DELETE FROM analytics.daily_count WHERE day < ?::date", day(cutoff));
		return dropped;
	}

	@Override
	public UUID journeyOf(String patientKey, Instant at) {
		UUID linked = this.db.fetchOptional("""
				SELECT journey_id FROM analytics.journey WHERE patient_key = ? AND linked_at <= ?::timestamptz
				ORDER BY linked_at DESC LIMIT 1""", patientKey, FactFilter.utc(at))
			.map((row) -> row.get(0, UUID.class))
			.orElse(null);
		// A patient who never linked a journey still has one: their own, pseudonymous.
		return (linked != null) ? linked : FunnelFact.idOf("patient", patientKey);
	}

	private static FunnelReport.Bucket bucket(Instant start, Record row) {
		return new FunnelReport.Bucket(start, count(row, 1), count(row, 2), count(row, 3), count(row, 4), count(row, 5),
				count(row, 6));
	}

	private static long count(Record row, int index) {
		BigDecimal value = row.get(index, BigDecimal.class);
		return (value != null) ? value.longValueExact() : 0;
	}

	private static boolean wholeDays(FunnelQuery query) {
		return query.from().equals(day(query.from()).atStartOfDay(ZoneOffset.UTC).toInstant())
				&& query.to().equals(day(query.to()).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static java.time.LocalDate day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static Stage stage(String kind) {
		return switch (kind) {
			case "SEARCHED" -> Stage.SEARCH;
			case "VIEWED" -> Stage.VIEW;
			case "HOLD_PLACED" -> Stage.HOLD;
			default -> Stage.BOOK;
		};
	}

	private static @Nullable Duration duration(@Nullable BigDecimal seconds) {
		if (seconds == null) {
			return null;
		}
		BigDecimal nanos = seconds.movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN);
		return Duration.ofNanos(nanos.longValueExact());
	}

}
