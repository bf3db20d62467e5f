package io.slotwise.analytics.adapter.out.jooq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.slotwise.analytics.FunnelQuery;
import org.jspecify.annotations.Nullable;

/**
 * A report's period and dimensions as a SQL condition with its bind values. A fact
 * without a filtered dimension passes: it precedes that choice (a search names no
 * practitioner).
 *
 * @param sql a condition on columns of the alias given to {@link #branchesOf}
 */
record FactFilter(String sql, List<Object> binds) {

	/**
	 * The same filter as disjoint branches whose union it is: the first filtered
	 * dimension split into its two sides ({@code = value}, {@code IS NULL}), the others
	 * as they are, {@code (column IS NULL OR column = value)}. PostgreSQL may plan that
	 * OR as one range over the grain's whole period (when it overestimates the NULL
	 * side); each side alone is a range of the dimension's own index (ADR 0032).
	 */
	static List<FactFilter> branchesOf(FunnelQuery query, String column, Instant from, Instant to, String alias) {
		FactFilter period = period(column, from, to);
		List<FactFilter> equal = dimensions(query, alias, true);
		if (equal.isEmpty()) {
			return List.of(period);
		}
		FactFilter first = equal.get(0);
		List<FactFilter> either = dimensions(query, alias, false);
		List<FactFilter> rest = either.subList(1, either.size());
		String column0 = first.sql().substring(0, first.sql().indexOf(' '));
		return List.of(period.and(List.of(first)).and(rest),
				period.and(List.of(new FactFilter(column0 + " IS NULL", List.of()))).and(rest));
	}

	/**
	 * One {@code select} per branch, {@code UNION ALL}: {@code select} ends where the
	 * branch's condition goes, its own binds are {@code fixed}.
	 */
	static FactFilter union(List<FactFilter> branches, String select, Object... fixed) {
		List<String> parts = new ArrayList<>();
		List<Object> binds = new ArrayList<>();
		for (FactFilter branch : branches) {
			parts.add("(" + select + branch.sql() + ")");
			binds.addAll(List.of(fixed));
			binds.addAll(branch.binds());
		}
		return new FactFilter(String.join(" UNION ALL ", parts), binds);
	}

	private static FactFilter period(String column, Instant from, Instant to) {
		return new FactFilter(column + " >= ?::timestamptz AND " + column + " < ?::timestamptz",
				List.of(utc(from), utc(to)));
	}

	private FactFilter and(List<FactFilter> conditions) {
		StringBuilder sql = new StringBuilder(this.sql);
		List<Object> binds = new ArrayList<>(this.binds);
		for (FactFilter condition : conditions) {
			sql.append(" AND ").append(condition.sql());
			binds.addAll(condition.binds());
		}
		return new FactFilter(sql.toString(), binds);
	}

	/**
	 * One condition per filtered dimension: {@code (column IS NULL OR column = ?)}, or
	 * {@code column = ?} alone when {@code equalOnly}.
	 */
	private static List<FactFilter> dimensions(FunnelQuery query, String alias, boolean equalOnly) {
		return Stream
			.of(dimension(alias + ".location_id", "::uuid", query.location(), equalOnly),
					dimension(alias + ".practitioner_id", "::uuid", query.practitioner(), equalOnly),
					dimension(alias + ".visit_type_id", "::uuid", query.visitType(), equalOnly),
					dimension(alias + ".specialty", "", query.specialty(), equalOnly))
			.filter((condition) -> condition != null)
			.map((condition) -> (FactFilter) condition)
			.toList();
	}

	private static @Nullable FactFilter dimension(String column, String cast, @Nullable Object value,
			boolean equalOnly) {
		if (value == null) {
			return null;
		}
		String equal = column + " = ?" + cast;
		return new FactFilter(equalOnly ? equal : "(" + column + " IS NULL OR " + equal + ")", List.of(value));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	Object[] with(Object... before) {
		List<Object> all = new ArrayList<>(List.of(before));
		all.addAll(this.binds);
		return all.toArray();
	}

}
