package io.slotwise.resources;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a practitioner works at one location: weekly rules plus dated exceptions, all
 * wall-clock times in the location's zone.
 *
 * @param weekly repeating hours, sorted, non-overlapping
 * @param exceptions dated changes, sorted by day
 */
public record WorkingHours(PractitionerId practitioner, LocationId location, List<Weekly> weekly,
		List<Dated> exceptions) {

	public WorkingHours {
		Objects.requireNonNull(practitioner, "practitioner");
		Objects.requireNonNull(location, "location");
		weekly = weekly.stream().sorted(Comparator.comparing(Weekly::day).thenComparing(Weekly::start)).toList();
		for (int i = 1; i < weekly.size(); i++) {
			CatalogRuleBroken.require(!weekly.get(i - 1).overlaps(weekly.get(i)), CatalogError.Code.OVERLAPPING_HOURS,
					"weekly", "weekly hours overlap on " + weekly.get(i).day());
		}
		exceptions = exceptions.stream().sorted(Comparator.comparing(Dated::day).thenComparing(Dated::kind)).toList();
	}

	/**
	 * A repeating stretch of work.
	 *
	 * @param start inclusive wall-clock time
	 * @param end exclusive wall-clock time, after start
	 */
	public record Weekly(DayOfWeek day, LocalTime start, LocalTime end) {

		public Weekly {
			Objects.requireNonNull(day, "day");
			CatalogRuleBroken.require(start != null && end != null && start.isBefore(end),
					CatalogError.Code.INVALID_TIME_RANGE, "weekly", "working hours must end after they start");
		}

		public boolean overlaps(Weekly other) {
			return this.day == other.day && this.start.isBefore(other.end) && other.start.isBefore(this.end);
		}

	}

	/**
	 * A dated change to the weekly rules.
	 *
	 * @param day the date, in the location's zone
	 * @param kind time off removes, extra adds
	 * @param start inclusive; null with {@code end} for a whole day off
	 * @param end exclusive; null with {@code start} for a whole day off
	 */
	public record Dated(LocalDate day, Kind kind, @Nullable LocalTime start, @Nullable LocalTime end) {

		public Dated {
			Objects.requireNonNull(day, "day");
			Objects.requireNonNull(kind, "kind");
			boolean wholeDay = start == null && end == null;
			CatalogRuleBroken.require(
					wholeDay ? kind == Kind.TIME_OFF : start != null && end != null && start.isBefore(end),
					CatalogError.Code.INVALID_TIME_RANGE, "exceptions",
					"an exception needs start before end (only time off may omit both for a whole day)");
		}

		public boolean wholeDay() {
			return this.start == null;
		}

	}

	/** What an exception does. */
	public enum Kind {

		TIME_OFF, EXTRA

	}

}
