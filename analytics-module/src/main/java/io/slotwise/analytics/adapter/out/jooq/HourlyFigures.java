package io.slotwise.analytics.adapter.out.jooq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.slotwise.analytics.FunnelQuery;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the hourly figures {@code analytics.record_fact} keeps with every new fact: the
 * period's whole UTC hours from {@code hourly_figure} at the query's grain, the partial
 * hours at either end from the rows the figure is made of, so every sum is exact.
 */
@Component
class HourlyFigures {

	private final DSLContext db;

	HourlyFigures(DSLContext db) {
		this.db = db;
	}

	/** Per kind over the whole period; kinds with nothing are absent. */
	Map<String, Long> total(FunnelQuery query, Figure figure, List<String> kinds) {
		return totalOf(sum(query, figure, kinds, false));
	}

	/**
	 * Every kind of every figure per bucket, each figure read once: the dashboard's
	 * totals are the sums of its series' buckets (both exact), so it needs no second
	 * read.
	 */
	Sums read(FunnelQuery query) {
		Map<Figure, Map<Instant, Map<String, Long>>> perFigure = new EnumMap<>(Figure.class);
		for (Figure figure : Figure.values()) {
			perFigure.put(figure, sum(query, figure, figure.kinds, true));
		}
		return new Sums(perFigure);
	}

	private static Map<String, Long> totalOf(Map<Instant, Map<String, Long>> buckets) {
		Map<String, Long> sums = new HashMap<>();
		buckets.values().forEach((perKind) -> perKind.forEach((kind, n) -> sums.merge(kind, n, Long::sum)));
		sums.values().removeIf((n) -> n == 0);
		return sums;
	}

	/** A period's figures per bucket start and kind, as {@link #read} found them. */
	record Sums(Map<Figure, Map<Instant, Map<String, Long>>> perFigure) {

		Map<Instant, Map<String, Long>> buckets(Figure figure) {
			return this.perFigure.getOrDefault(figure, Map.of());
		}

		/** Per kind over the whole period; kinds with nothing are absent. */
		Map<String, Long> total(Figure figure) {
			return totalOf(buckets(figure));
		}

	}

	private Map<Instant, Map<String, Long>> sum(FunnelQuery query, Figure figure, List<String> kinds,
			boolean bucketed) {
		Map<Instant, Map<String, Long>> buckets = new TreeMap<>();
		String kindList = kinds.stream().map((kind) -> "'" + kind + "'").collect(Collectors.joining(", "));
		// A zone whose midnight falls inside a UTC hour (India's) cannot sum whole hours
		// into its days: then every row of the period is grouped from the source.
		HourSplit split = (!bucketed || alignsWithHours(query)) ? HourSplit.of(query.from(), query.to())
				: new HourSplit(query.from(), query.from(),
						List.<Instant[]>of(new Instant[] { query.from(), query.to() }));
		Object[] zone = bucketed ? new Object[] { zoneName(query) } : new Object[0];
		if (split.hasWholeHours()) {
			FactFilter rows = FactFilter.union(
					FactFilter.branchesOf(query, "h.hour", split.firstHour(), split.endHour(), "h"),
					"SELECT h.hour, h.kind, h.n FROM analytics.hourly_figure h WHERE h.grain = ? AND h.figure = ?"
							+ " AND h.kind IN (" + kindList + ") AND ",
					grain(query), figure.name());
			for (Record row : this.db.fetch("SELECT " + bucket(query, "h.hour", bucketed) + ", h.kind, sum(h.n) FROM ("
					+ rows.sql() + ") h GROUP BY 1, 2 HAVING sum(h.n) <> 0", rows.with(zone))) {
				add(buckets, start(query, row.get(0, LocalDateTime.class)), row.get(1, String.class),
						row.get(2, BigDecimal.class).longValueExact());
			}
		}
		Source source = figure.source;
		for (Instant[] edge : split.edges()) {
			FactFilter rows = FactFilter.union(FactFilter.branchesOf(query, source.time(), edge[0], edge[1], "r"),
					"SELECT " + source.time() + " AS at, " + source.kind() + " AS kind FROM " + source.from()
							+ " WHERE " + source.where() + " AND " + source.kind() + " IN (" + kindList + ") AND ");
			for (Record row : this.db.fetch("SELECT " + bucket(query, "r.at", bucketed) + ", r.kind, count(*) FROM ("
					+ rows.sql() + ") r GROUP BY 1, 2", rows.with(zone))) {
				add(buckets, start(query, row.get(0, LocalDateTime.class)), row.get(1, String.class),
						row.get(2, Long.class));
			}
		}
		return buckets;
	}

	/**
	 * The grain whose rows keep exactly the dimensions the query filters by: the
	 * network's for none, one dimension's for one, every dimension's for several.
	 */
	static String grain(FunnelQuery query) {
		List<String> filtered = Stream
			.of((query.location() != null) ? "LOCATION" : null, (query.practitioner() != null) ? "PRACTITIONER" : null,
					(query.visitType() != null) ? "VISIT_TYPE" : null, (query.specialty() != null) ? "SPECIALTY" : null)
			.filter((name) -> name != null)
			.map((name) -> (String) name)
			.toList();
		return switch (filtered.size()) {
			case 0 -> "NETWORK";
			case 1 -> filtered.get(0);
			default -> "ALL";
		};
	}

	/** Whether every day start of the query's zone in the period is a UTC hour. */
	static boolean alignsWithHours(FunnelQuery query) {
		if (query.bucket() == FunnelQuery.Bucket.HOUR) {
			return true;
		}
		ZoneRules rules = query.zone().getRules();
		if (rules.getOffset(query.from()).getTotalSeconds() % 3600 != 0) {
			return false;
		}
		ZoneOffsetTransition next = rules.nextTransition(query.from());
		while (next != null && next.getInstant().isBefore(query.to())) {
			if (next.getOffsetAfter().getTotalSeconds() % 3600 != 0) {
				return false;
			}
			next = rules.nextTransition(next.getInstant());
		}
		return true;
	}

	private static void add(Map<Instant, Map<String, Long>> buckets, Instant start, String kind, long count) {
		buckets.computeIfAbsent(start, (key) -> new HashMap<>()).merge(kind, count, Long::sum);
	}

	/** The bucket's local start; hours are UTC's, days the query zone's. */
	private static String bucket(FunnelQuery query, String column, boolean bucketed) {
		if (!bucketed) {
			return "NULL::timestamp";
		}
		String unit = (query.bucket() == FunnelQuery.Bucket.DAY) ? "day" : "hour";
		return "date_trunc('" + unit + "', " + column + " AT TIME ZONE ?)";
	}

	static String zoneName(FunnelQuery query) {
		return (query.bucket() == FunnelQuery.Bucket.HOUR || utc(query.zone())) ? "UTC" : query.zone().getId();
	}

	static Instant start(FunnelQuery query, @Nullable LocalDateTime local) {
		if (local == null) {
			return query.from();
		}
		ZoneId zone = (query.bucket() == FunnelQuery.Bucket.HOUR) ? ZoneOffset.UTC : query.zone();
		return local.atZone(zone).toInstant();
	}

	private static boolean utc(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC);
	}

	/**
	 * Where a figure comes from outside the hourly rows.
	 *
	 * @param from the source table (alias {@code r}) and any join
	 * @param time the instant that places a row in an hour
	 * @param kind what a row counts as
	 * @param where the rows that count
	 */
	record Source(String from, String time, String kind, String where) {
	}

	/** The figures kept per hour, as {@code hourly_figure.figure} names them. */
	enum Figure {

		/** Facts per kind, by the hour they happened. */
		FACT(new Source("analytics.funnel_event r", "r.occurred_at", "r.kind", "TRUE"),
				List.of("SEARCHED", "VIEWED", "HOLD_PLACED", "HOLD_RELEASED", "HOLD_EXPIRED", "BOOKED", "CANCELLED",
						"OFFERED", "OFFER_ACCEPTED", "WAITLIST_JOINED", "GROUP_BOOKED")),
		/** Journeys first reaching a step, by the hour of that first fact. */
		REACH(new Source("analytics.journey_reach r", "r.first_at", "r.kind", "TRUE"),
				List.of("SEARCHED", "VIEWED", "HOLD_PLACED", "BOOKED")),
		/**
		 * Holds PLACED and of those ABANDONED (released or expired), by placement hour.
		 */
		HOLD(new Source(
				"analytics.outcome r CROSS JOIN LATERAL (VALUES ('PLACED'), "
						+ "(CASE WHEN r.ended_at IS NOT NULL THEN 'ABANDONED' END)) h(kind)",
				"r.started_at", "h.kind", "r.subject = 'HOLD'"), List.of("PLACED", "ABANDONED"));

		private final Source source;

		/** Every kind the dashboard reads of this figure. */
		private final List<String> kinds;

		Figure(Source source, List<String> kinds) {
			this.source = source;
			this.kinds = kinds;
		}

	}

}
