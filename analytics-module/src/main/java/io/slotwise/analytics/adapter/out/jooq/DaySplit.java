package io.slotwise.analytics.adapter.out.jooq;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A period cut into the whole UTC days a daily rollup answers and the partial days at
 * either end, which are counted from the rows the rollup was made of. Together they give
 * exactly what a scan of the whole period would.
 *
 * @param firstDay first whole day, null when the period holds none
 * @param endDay the day after the last whole day
 * @param edges the partial periods [from, to) outside the whole days
 */
record DaySplit(@Nullable LocalDate firstDay, @Nullable LocalDate endDay, List<Instant[]> edges) {

	static DaySplit of(Instant from, Instant to) {
		LocalDate first = day(from);
		if (!midnight(first).equals(from)) {
			first = first.plusDays(1);
		}
		LocalDate end = day(to);
		if (!first.isBefore(end)) {
			return new DaySplit(null, null, List.<Instant[]>of(new Instant[] { from, to }));
		}
		List<Instant[]> edges = new ArrayList<>();
		if (from.isBefore(midnight(first))) {
			edges.add(new Instant[] { from, midnight(first) });
		}
		if (midnight(end).isBefore(to)) {
			edges.add(new Instant[] { midnight(end), to });
		}
		return new DaySplit(first, end, edges);
	}

	static Instant midnight(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static LocalDate day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate();
	}

}
