package io.slotwise.scheduling.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.slotwise.resources.VisitTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A patient's search. Unchecked on purpose: {@link SearchPractitioners} answers bad input
 * with a typed {@link Problem}, never an exception.
 *
 * @param zip five-digit ZIP of where the patient is, or null when coordinates are given
 * @param latitude with {@code longitude}, the patient's point when no ZIP is given
 * @param longitude see {@code latitude}
 * @param radius how far they will travel, in {@code unit}
 * @param unit kilometres or miles
 * @param specialty UPPER_SNAKE specialty code, or null
 * @param visitType the visit type, or null to use the specialty's first one
 * @param languages ISO 639-1 codes, any of which will do
 * @param languagesRequired true: the languages filter; false: they only score
 * @param insurancePlan plan the practitioner must accept, or null
 * @param from first day (location's calendar), null: today
 * @param to last day, null: {@code from} plus the default span minus one
 * @param earliest earliest start time of day wanted, or null
 * @param latest latest start time of day wanted, or null
 * @param weekdays days wanted, empty: any
 * @param newPatient true for a first visit, false for an existing patient, null: either
 */
public record SearchQuery(@Nullable String zip, @Nullable Double latitude, @Nullable Double longitude,
		@Nullable Double radius, @Nullable Unit unit, @Nullable String specialty, @Nullable VisitTypeId visitType,
		@Nullable List<String> languages, boolean languagesRequired, @Nullable String insurancePlan,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable LocalTime earliest, @Nullable LocalTime latest,
		@Nullable Set<DayOfWeek> weekdays, @Nullable Boolean newPatient) {

	public SearchQuery {
		unit = Objects.requireNonNullElse(unit, Unit.MILES);
		languages = (languages != null) ? List.copyOf(new LinkedHashSet<>(languages)) : List.of();
		weekdays = (weekdays != null) ? Set.copyOf(weekdays) : Set.of();
	}

	/** Units a radius can be given in. */
	public enum Unit {

		KILOMETRES, MILES

	}

}
