package io.slotwise.analytics.adapter.out.jooq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
 * Facts in the month-partitioned {@code funnel_event} table. Each fact is recorded with
 * every aggregate in one call of {@code analytics.record_fact}; dashboard figures are
 * read from those aggregates ({@link HourlyFigures}: whole UTC hours from the hourly
 * figures, the partial hours at the ends from the per-fact, per-journey and per-hold
 * rows), never by scanning months of raw facts.
 */
@Repository
class JooqFunnelFacts implements FunnelFacts {

	/** One round trip: dedup, insert and every aggregate, in SQL beside their rebuild. */
	private static final String RECORD = """
			SELECT analytics.record_fact(?::uuid, ?::timestamptz, ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?::uuid,
			  ?::uuid, ?::timestamptz, ?::uuid)""";

	/**
	 * The same for a patient's scheduling fact: the patient's linked journey found, and a
	 * booking's booker kept, in the same call (ADR 0032).
	 */
	private static final String RECORD_OF_PATIENT = """
			SELECT analytics.record_patient_fact(?, ?, ?::uuid, ?::timestamptz, ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid,
			  ?, ?::uuid, ?::uuid, ?::timestamptz, ?::uuid)""";

	private static final List<String> STEPS = List.of("SEARCHED", "VIEWED", "HOLD_PLACED", "BOOKED");

	private final DSLContext db;

	private final HourlyFigures figures;

	private final FunnelSeries series;

	/** Months whose partition is known to exist; saves a function call per fact. */
	private final Set<YearMonth> months = ConcurrentHashMap.newKeySet();

	JooqFunnelFacts(DSLContext db, HourlyFigures figures, FunnelSeries series) {
		this.db = db;
		this.figures = figures;
		this.series = series;
	}

	@Override
	public boolean append(FunnelFact fact) {
		return record(RECORD, fact);
	}

	@Override
	public boolean appendOfPatient(FunnelFact fact, String patientKey, boolean keepsBooker) {
		return record(RECORD_OF_PATIENT, fact, patientKey, keepsBooker);
	}

	private boolean record(String call, FunnelFact fact, Object... before) {
		YearMonth month = YearMonth.from(fact.occurredAt().atZone(ZoneOffset.UTC));
		if (!this.months.contains(month)) {
			this.db.fetch("SELECT analytics.ensure_funnel_month(?::timestamptz)", FactFilter.utc(fact.occurredAt()));
			this.months.add(month);
		}
		List<Object> binds = new ArrayList<>(List.of(before));
		binds.addAll(Arrays.asList(fact.id(), FactFilter.utc(fact.occurredAt()), fact.journey(), fact.kind().name(),
				fact.location(), fact.practitioner(), fact.visitType(), fact.specialty(), fact.subject(), fact.hold(),
				(fact.slotStart() != null) ? FactFilter.utc(fact.slotStart()) : null, fact.appointment()));
		return Boolean.TRUE.equals(this.db.fetchValue(call, binds.toArray()));
	}

	@Override
	public FunnelReport report(FunnelQuery query) {
		HourlyFigures.Sums sums = this.figures.read(query);
		FunnelSeries.TimesToBook times = this.series.timesToBook(query);
		Map<Stage, Long> journeys = journeys(sums.total(HourlyFigures.Figure.REACH));
		Map<String, Long> facts = sums.total(HourlyFigures.Figure.FACT);
		return new FunnelReport(query.from(), query.to(), Funnel.stages(journeys), Funnel.overall(journeys),
				times.total(), holds(sums.total(HourlyFigures.Figure.HOLD), facts.getOrDefault("BOOKED", 0L)),
				cancellations(query), waitlist(query, facts.getOrDefault("WAITLIST_JOINED", 0L)),
				facts.getOrDefault("GROUP_BOOKED", 0L), this.series.of(query, sums, times));
	}

	@Override
	public Map<Stage, Long> journeysPerStage(FunnelQuery query) {
		return journeys(this.figures.total(query, HourlyFigures.Figure.REACH, STEPS));
	}

	private static Map<Stage, Long> journeys(Map<String, Long> reached) {
		Map<Stage, Long> journeys = new EnumMap<>(Stage.class);
		reached.forEach((kind, count) -> journeys.put(stage(kind), count));
		return journeys;
	}

	@Override
	public FunnelReport.TimeToBook timeToBook(FunnelQuery query) {
		return this.series.timesToBook(query).total();
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
		return holds(this.figures.total(query, HourlyFigures.Figure.HOLD, List.of("PLACED", "ABANDONED")),
				this.figures.total(query, HourlyFigures.Figure.FACT, List.of("BOOKED")).getOrDefault("BOOKED", 0L));
	}

	private static FunnelReport.Holds holds(Map<String, Long> holds, long bookings) {
		long placed = holds.getOrDefault("PLACED", 0L);
		long abandoned = holds.getOrDefault("ABANDONED", 0L);
		return new FunnelReport.Holds(placed, abandoned, Funnel.share(abandoned, placed), bookings,
				Funnel.share(placed, bookings));
	}

	@Override
	public FunnelReport.Cancellations cancellations(FunnelQuery query) {
		FactFilter rows = FactFilter.union(
				FactFilter.branchesOf(query, "c.cancelled_at", query.from(), query.to(), "c"),
				"SELECT c.cancelled_at, c.refilled_at, c.refill_appointment FROM analytics.cancellation c WHERE ");
		Record row = this.db.fetchSingle("""
				SELECT count(*), count(c.refilled_at),
				  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics.outcome o
				    WHERE o.appointment_id = c.refill_appointment AND o.ended_kind = 'OFFER_ACCEPTED')),
				  extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY c.refilled_at - c.cancelled_at))
				FROM (%s) c""".formatted(rows.sql()), rows.binds().toArray());
		return new FunnelReport.Cancellations(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class),
				duration(row.get(3, BigDecimal.class)));
	}

	@Override
	public FunnelReport.Waitlist waitlist(FunnelQuery query) {
		return waitlist(query, this.figures.total(query, HourlyFigures.Figure.FACT, List.of("WAITLIST_JOINED"))
			.getOrDefault("WAITLIST_JOINED", 0L));
	}

	private FunnelReport.Waitlist waitlist(FunnelQuery query, long joined) {
		FactFilter rows = FactFilter.union(FactFilter.branchesOf(query, "o.started_at", query.from(), query.to(), "o"),
				"SELECT o.ended_kind FROM analytics.outcome o WHERE o.subject = 'OFFER' AND ");
		Record row = this.db.fetchSingle(
				"""
						SELECT count(*), count(*) FILTER (WHERE o.ended_kind = 'OFFER_ACCEPTED'),
						  count(*) FILTER (WHERE o.ended_kind = 'OFFER_DECLINED'), count(*) FILTER (WHERE o.ended_kind = 'OFFER_LAPSED'),
						  count(*) FILTER (WHERE o.ended_kind = 'OFFER_WITHDRAWN')
						FROM (%s) o"""
					.formatted(rows.sql()),
				rows.binds().toArray());
		long offered = row.get(0, Long.class);
		long accepted = row.get(1, Long.class);
		return new FunnelReport.Waitlist(joined, offered, accepted, row.get(2, Long.class), row.get(3, Long.class),
				row.get(4, Long.class), Funnel.share(accepted, offered));
	}

	@Override
	public long groupBookings(FunnelQuery query) {
		return this.figures.total(query, HourlyFigures.Figure.FACT, List.of("GROUP_BOOKED"))
			.getOrDefault("GROUP_BOOKED", 0L);
	}

	@Override
	public List<FunnelReport.Bucket> series(FunnelQuery query) {
		return this.series.of(query);
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
		Object before = FactFilter.utc(cutoff);
		this.db.execute("DELETE FROM analytics.hourly_figure WHERE hour < ?::timestamptz", before);
		this.db.execute("DELETE FROM analytics.journey_reach WHERE first_at < ?::timestamptz", before);
		this.db.execute("DELETE FROM analytics.conversion WHERE booked_at < ?::timestamptz", before);
		this.db.execute("DELETE FROM analytics.outcome WHERE coalesce(started_at, ended_at) < ?::timestamptz", before);
		this.db.execute("DELETE FROM analytics.cancellation WHERE cancelled_at < ?::timestamptz", before);
		return dropped;
	}

	private static Stage stage(String kind) {
		return switch (kind) {
			case "SEARCHED" -> Stage.SEARCH;
			case "VIEWED" -> Stage.VIEW;
			case "HOLD_PLACED" -> Stage.HOLD;
			default -> Stage.BOOK;
		};
	}

	static @Nullable Duration duration(@Nullable BigDecimal seconds) {
		if (seconds == null) {
			return null;
		}
		BigDecimal nanos = seconds.movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN);
		return Duration.ofNanos(nanos.longValueExact());
	}

}
