package io.slotwise.analytics.adapter.out.jooq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.domain.Funnel;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The time series: facts and first reaches per bucket, each bucket's conversion and
 * median time to book. UTC days come from the daily rollups; hours and a location's own
 * days (its midnight is not UTC's) are grouped from the per-fact and per-journey rows.
 */
@Component
class FunnelSeries {

	private static final List<String> FACTS = List.of("SEARCHED", "VIEWED", "HOLD_PLACED", "HOLD_RELEASED",
			"HOLD_EXPIRED", "BOOKED", "CANCELLED", "OFFERED", "OFFER_ACCEPTED");

	private static final List<String> REACHES = List.of("SEARCHED", "BOOKED");

	private final DSLContext db;

	FunnelSeries(DSLContext db) {
		this.db = db;
	}

	List<FunnelReport.Bucket> of(FunnelQuery query) {
		boolean location = FactFilter.byLocation(query);
		Map<Instant, Map<String, Long>> facts = perBucket(query, location ? "daily_count_by_location" : "daily_count",
				"events", "funnel_event", "occurred_at", FACTS);
		Map<Instant, Map<String, Long>> reaches = perBucket(query, location ? "daily_reach_by_location" : "daily_reach",
				"journeys", "journey_reach", "first_at", REACHES);
		Map<Instant, @Nullable Duration> medians = medians(query);
		TreeSet<Instant> starts = new TreeSet<>(facts.keySet());
		starts.addAll(reaches.keySet());
		return starts.stream().map((start) -> {
			Map<String, Long> n = facts.getOrDefault(start, Map.of());
			Map<String, Long> r = reaches.getOrDefault(start, Map.of());
			long searching = r.getOrDefault("SEARCHED", 0L);
			long booked = r.getOrDefault("BOOKED", 0L);
			return new FunnelReport.Bucket(start, n.getOrDefault("SEARCHED", 0L), n.getOrDefault("VIEWED", 0L),
					n.getOrDefault("HOLD_PLACED", 0L),
					n.getOrDefault("HOLD_RELEASED", 0L) + n.getOrDefault("HOLD_EXPIRED", 0L),
					n.getOrDefault("BOOKED", 0L), n.getOrDefault("CANCELLED", 0L), n.getOrDefault("OFFERED", 0L),
					n.getOrDefault("OFFER_ACCEPTED", 0L), searching, booked, Funnel.share(booked, searching),
					medians.get(start));
		}).toList();
	}

	private Map<Instant, Map<String, Long>> perBucket(FunnelQuery query, String rollup, String column, String source,
			String time, List<String> kinds) {
		Map<Instant, Map<String, Long>> buckets = new TreeMap<>();
		String kindList = kinds.stream().map((kind) -> "'" + kind + "'").collect(Collectors.joining(", "));
		List<Instant[]> raw = List.<Instant[]>of(new Instant[] { query.from(), query.to() });
		if (query.bucket() == FunnelQuery.Bucket.DAY && utc(query.zone())) {
			DaySplit split = DaySplit.of(query.from(), query.to());
			raw = split.edges();
			if (split.firstDay() != null) {
				FactFilter filter = FactFilter.dimensionsOf(query, "d");
				for (Record row : this.db.fetch(
						"SELECT d.day, d.kind, sum(d." + column + ") FROM analytics." + rollup
								+ " d WHERE d.day >= ?::date AND d.day < ?::date AND d.kind IN (" + kindList + ") AND "
								+ filter.sql() + " GROUP BY d.day, d.kind HAVING sum(d." + column + ") <> 0",
						filter.with(split.firstDay(), split.endDay()))) {
					add(buckets, DaySplit.midnight(row.get(0, LocalDate.class)), row.get(1, String.class),
							row.get(2, BigDecimal.class).longValueExact());
				}
			}
		}
		for (Instant[] period : raw) {
			FactFilter filter = FactFilter.of(query, "r." + time, period[0], period[1], "r");
			for (Record row : this.db.fetch(
					"SELECT " + truncated(query, "r." + time) + ", r.kind, count(*) FROM analytics." + source
							+ " r WHERE r.kind IN (" + kindList + ") AND " + filter.sql() + " GROUP BY 1, 2",
					filter.with(zoneName(query)))) {
				add(buckets, start(query, row.get(0, LocalDateTime.class)), row.get(1, String.class),
						row.get(2, Long.class));
			}
		}
		return buckets;
	}

	private Map<Instant, @Nullable Duration> medians(FunnelQuery query) {
		FactFilter filter = FactFilter.of(query, "c.booked_at", query.from(), query.to(), "c");
		Map<Instant, @Nullable Duration> medians = new HashMap<>();
		for (Record row : this.db.fetch("SELECT " + truncated(query, "c.booked_at")
				+ ", extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY c.booked_at - c.searched_at))"
				+ " FROM analytics.conversion c WHERE " + filter.sql() + " GROUP BY 1", filter.with(zoneName(query)))) {
			medians.put(start(query, row.get(0, LocalDateTime.class)),
					JooqFunnelFacts.duration(row.get(1, BigDecimal.class)));
		}
		return medians;
	}

	private static void add(Map<Instant, Map<String, Long>> buckets, Instant start, String kind, long count) {
		buckets.computeIfAbsent(start, (key) -> new HashMap<>()).merge(kind, count, Long::sum);
	}

	/** The bucket's local start; hours are UTC's, days the query zone's. */
	private static String truncated(FunnelQuery query, String column) {
		String unit = (query.bucket() == FunnelQuery.Bucket.DAY) ? "day" : "hour";
		return "date_trunc('" + unit + "', " + column + " AT TIME ZONE ?)";
	}

	private static String zoneName(FunnelQuery query) {
		return (query.bucket() == FunnelQuery.Bucket.HOUR || utc(query.zone())) ? "UTC" : query.zone().getId();
	}

	private static Instant start(FunnelQuery query, LocalDateTime local) {
		ZoneId zone = (query.bucket() == FunnelQuery.Bucket.HOUR) ? ZoneOffset.UTC : query.zone();
		return local.atZone(zone).toInstant();
	}

	private static boolean utc(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC);
	}

}
