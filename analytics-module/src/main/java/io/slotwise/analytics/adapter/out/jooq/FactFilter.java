package io.slotwise.analytics.adapter.out.jooq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.slotwise.analytics.FunnelQuery;
import org.jspecify.annotations.Nullable;

/**
 * A report's period and dimensions as a SQL condition with its bind values. A fact
 * without a filtered dimension passes: it precedes that choice (a search names no
 * practitioner).
 *
 * @param sql a condition on columns of the alias given to {@link #of}
 */
record FactFilter(String sql, List<Object> binds) {

	static FactFilter of(FunnelQuery query, String alias) {
		return of(query, alias + ".occurred_at", query.from(), query.to(), alias);
	}

	/**
	 * {@code column} in [from, to) and the query's dimensions on columns of the alias.
	 */
	static FactFilter of(FunnelQuery query, String column, Instant from, Instant to, String alias) {
		StringBuilder sql = new StringBuilder(column + " >= ?::timestamptz AND " + column + " < ?::timestamptz");
		List<Object> binds = new ArrayList<>(List.of(utc(from), utc(to)));
		dimensions(query, alias, sql, binds);
		return new FactFilter(sql.toString(), binds);
	}

	/** The dimension part alone, for the daily rollup which has no instants. */
	static FactFilter dimensionsOf(FunnelQuery query, String alias) {
		StringBuilder sql = new StringBuilder("TRUE");
		List<Object> binds = new ArrayList<>();
		dimensions(query, alias, sql, binds);
		return new FactFilter(sql.toString(), binds);
	}

	private static void dimensions(FunnelQuery query, String alias, StringBuilder sql, List<Object> binds) {
		dimension(alias + ".location_id", "::uuid", query.location(), sql, binds);
		dimension(alias + ".practitioner_id", "::uuid", query.practitioner(), sql, binds);
		dimension(alias + ".visit_type_id", "::uuid", query.visitType(), sql, binds);
		dimension(alias + ".specialty", "", query.specialty(), sql, binds);
	}

	private static void dimension(String column, String cast, @Nullable Object value, StringBuilder sql,
			List<Object> binds) {
		if (value != null) {
			sql.append(" AND (")
				.append(column)
				.append(" IS NULL OR ")
				.append(column)
				.append(" = ?")
				.append(cast)
				.append(")");
			binds.add(value);
		}
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
