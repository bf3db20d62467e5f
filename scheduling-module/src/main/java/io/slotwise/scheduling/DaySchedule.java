package io.slotwise.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * One day of practitioners' time, column by column.
 *
 * @param date the day, in each column's location's calendar
 * @param columns one per practitioner and location, by location then practitioner
 * @param truncated whether the location has more practitioners than one schedule shows
 */
public record DaySchedule(LocalDate date, List<Column> columns, boolean truncated) {

	public DaySchedule {
		columns = List.copyOf(columns);
	}

	/**
	 * One practitioner's day at one location.
	 *
	 * @param zone the location's zone, which defines the day
	 * @param start the day's first instant there
	 * @param end the next day's first instant there (exclusive)
	 * @param entries the day's time, by start: appointments, holds and blocked time
	 */
	public record Column(PractitionerId practitioner, LocationId location, ZoneId zone, Instant start, Instant end,
			List<Entry> entries) {

		public Column {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * A stretch of the day that is not free.
	 *
	 * @param start inclusive
	 * @param end exclusive
	 * @param appointment the appointment, for {@link Kind#APPOINTMENT}
	 */
	public record Entry(Kind kind, Instant start, Instant end, Optional<AppointmentDetails> appointment) {

		public Entry {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(appointment, "appointment");
		}

	}

	/** Why a stretch of the day is not free. */
	public enum Kind {

		/** A booked appointment. */
		APPOINTMENT,
		/** A live hold: a patient is about to book (who is not shown). */
		HOLD,
		/** The practitioner's external calendar is busy (buffer included). */
		EXTERNAL_CALENDAR,
		/** Outside the practitioner's working hours at the location. */
		OUTSIDE_WORKING_HOURS

	}

}
