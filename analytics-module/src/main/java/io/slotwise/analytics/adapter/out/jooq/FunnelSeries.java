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
 * The time series: facts and first reaches per bucket from the hourly figures, each
 * bucket's conversion, and its median time to book from the period's conversion rows (an
 * index-only read of the bookings in the period: bounded by them, not by the facts).
 */
@Component
class FunnelSeries {

	private final DSLContext db;

	private final HourlyFigures figures;

	FunnelSeries(DSLContext db, HourlyFigures figures) {
		this.db = db;
		this.figures = figures;
	}

	List<FunnelReport.Bucket> of(FunnelQuery query) {
		return of(query, this.figures.read(query), timesToBook(query));
	}

	/**
	 * The series from figures and times to book already read (the report reads them once
	 * for all).
	 */
	List<FunnelReport.Bucket> of(FunnelQuery query, HourlyFigures.Sums sums, TimesToBook times) {
		Map<Instant, Map<String, Long>> facts = sums.buckets(HourlyFigures.Figure.FACT);
		Map<Instant, Map<String, Long>> reaches = sums.buckets(HourlyFigures.Figure.REACH);
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
					times.medians().get(start), n.getOrDefault("WAITLIST_JOINED", 0L),
					n.getOrDefault("GROUP_BOOKED", 0L));
		}).toList();
	}

	/**
	 * Time to book over the period and each bucket's median in one read of the period's
	 * conversion rows ({@code GROUPING SETS}): the medians stay exact
	 * ({@code percentile_cont} over every row), the rows are read once, not twice. Times
	 * are the stored whole microseconds ({@code took_us}, V4_16): bigints sort ~2.5x
	 * faster than intervals, and their median (at most half a microsecond off a whole
	 * one) is exact in float8, where an interval median was rounded to the microsecond.
	 */
	TimesToBook timesToBook(FunnelQuery query) {
		FactFilter rows = FactFilter.union(FactFilter.branchesOf(query, "c.booked_at", query.from(), query.to(), "c"),
				"SELECT c.booked_at, c.took_us AS took FROM analytics.conversion c WHERE ");
		FunnelReport.TimeToBook total = new FunnelReport.TimeToBook(0, null, null);
		Map<Instant, @Nullable Duration> medians = new HashMap<>();
		for (Record row : this.db.fetch("SELECT grouping(b.start), b.start, count(*), avg(b.took),"
				+ " percentile_cont(0.5) WITHIN GROUP (ORDER BY b.took) FROM (SELECT " + truncated(query, "c.booked_at")
				+ " AS start, c.took FROM (" + rows.sql() + ") c) b GROUP BY GROUPING SETS ((b.start), ())",
				rows.with(HourlyFigures.zoneName(query)))) {
			Duration median = microseconds(row.get(4, Double.class));
			if (row.get(0, Integer.class) == 1) {
				BigDecimal average = row.get(3, BigDecimal.class);
				total = new FunnelReport.TimeToBook(row.get(2, Long.class),
						JooqFunnelFacts.duration((average != null) ? average.movePointLeft(6) : null), median);
			}
			else {
				medians.put(HourlyFigures.start(query, row.get(1, LocalDateTime.class)), median);
			}
		}
		return new TimesToBook(total, medians);
	}

	/** A float8 count of microseconds, exactly (its binary expansion is finite). */
	private static @Nullable Duration microseconds(@Nullable Double value) {
		return (value != null) ? JooqFunnelFacts.duration(new BigDecimal(value).movePointLeft(6)) : null;
	}

	/**
	 * @param total over the whole period
	 * @param medians per bucket start that had bookings
	 */
	record TimesToBook(FunnelReport.TimeToBook total, Map<Instant, @Nullable Duration> medians) {
	}

	/** The bucket's local start; hours are UTC's, days the query zone's. */
	private static String truncated(FunnelQuery query, String column) {
		String unit = (query.bucket() == FunnelQuery.Bucket.DAY) ? "day" : "hour";
		return "date_trunc('" + unit + "', " + column + " AT TIME ZONE ?)";
	}

}
