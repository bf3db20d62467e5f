package io.slotwise.scheduling.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.slotwise.resources.LocationId;
import org.jspecify.annotations.Nullable;

/**
 * A family's search for bundles. Unchecked on purpose: {@link FindBundles} answers bad
 * input with a typed problem.
 *
 * @param members 2 to 8, in the order a back-to-back bundle sees them
 * @param location one location, or null to search within {@code radiusMiles} of
 * {@code zip}
 * @param from first day (location's calendar), null: today
 * @param to last day, null: {@code from} plus the default span minus one
 * @param earliest preferred earliest start time of day (scored, not filtered)
 * @param latest preferred latest end time of day (scored, not filtered)
 * @param weekdays days wanted (filtered), empty: any
 */
public record BundleQuery(List<MemberWish> members, @Nullable LocationId location, @Nullable String zip,
		@Nullable Double radiusMiles, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable LocalTime earliest,
		@Nullable LocalTime latest, Set<DayOfWeek> weekdays) {

	public BundleQuery {
		members = List.copyOf(members);
		weekdays = Set.copyOf(weekdays);
	}

}
