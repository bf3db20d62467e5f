package io.slotwise.scheduling.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.VisitType;
import io.slotwise.scheduling.Slot;
import org.jspecify.annotations.Nullable;

/**
 * A search after its input was checked: the point, radius and visit type resolved.
 *
 * @param origin the patient's point
 * @param radius how far they will travel
 * @param visitType the visit type slots are computed for
 * @param visitTypeChosenBySearch whether search picked it from the specialty
 * @param languages preferred languages, any of
 * @param languagesRequired whether they filter
 * @param insurancePlan required plan, or null
 * @param from first day, or null for today in each location's zone
 * @param days how many days
 * @param earliest earliest start time of day, or null
 * @param latest latest start time of day, or null
 * @param weekdays wanted days, empty: any
 */
record SearchCriteria(GeoPoint origin, Distance radius, VisitType visitType, boolean visitTypeChosenBySearch,
		List<String> languages, boolean languagesRequired, @Nullable String insurancePlan, @Nullable LocalDate from,
		int days, @Nullable LocalTime earliest, @Nullable LocalTime latest, Set<DayOfWeek> weekdays) {

	/** Whether the slot suits the patient's time-of-day and weekday wishes. */
	boolean suits(Slot slot, ZoneId zone) {
		if (this.weekdays.isEmpty() && this.earliest == null && this.latest == null) {
			return true;
		}
		ZonedDateTime start = slot.start().atZone(zone);
		LocalTime time = start.toLocalTime();
		return (this.weekdays.isEmpty() || this.weekdays.contains(start.getDayOfWeek()))
				&& (this.earliest == null || !time.isBefore(this.earliest))
				&& (this.latest == null || !time.isAfter(this.latest));
	}

	/** The first searched day at a location in the given zone. */
	LocalDate firstDay(LocalDate today) {
		return (this.from != null) ? this.from : today;
	}

}
