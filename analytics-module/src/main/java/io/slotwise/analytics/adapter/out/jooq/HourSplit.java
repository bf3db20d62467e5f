package io.slotwise.analytics.adapter.out.jooq;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut into the whole UTC hours the hourly figures answer and the partial hours
 * at either end, which are counted from the rows the figures were made of. Together they
 * give exactly what a scan of the whole period would.
 *
 * @param firstHour first whole hour; equal to {@code endHour} when the period holds none
 * @param endHour the end of the last whole hour
 * @param edges the partial periods [from, to) outside the whole hours
 */
record HourSplit(Instant firstHour, Instant endHour, List<Instant[]> edges) {

	static HourSplit of(Instant from, Instant to) {
		Instant first = from.truncatedTo(ChronoUnit.HOURS);
		if (first.isBefore(from)) {
			first = first.plus(Duration.ofHours(1));
		}
		Instant end = to.truncatedTo(ChronoUnit.HOURS);
		if (!first.isBefore(end)) {
			return new HourSplit(first, first, List.<Instant[]>of(new Instant[] { from, to }));
		}
		List<Instant[]> edges = new ArrayList<>();
		if (from.isBefore(first)) {
			edges.add(new Instant[] { from, first });
		}
		if (end.isBefore(to)) {
			edges.add(new Instant[] { end, to });
		}
		return new HourSplit(first, end, edges);
	}

	boolean hasWholeHours() {
		return this.firstHour.isBefore(this.endHour);
	}

}
