package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import io.slotwise.scheduling.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The calendar days a patient-facing query may ask about: from yesterday (in UTC, so
 * every location's today is inside, whatever its zone) to the end of the booking horizon.
 * Nothing outside can be booked, so asking about it is refused at once instead of
 * computing empty days (a search for 1999 once ran for 30 s).
 */
@Component
class BookableDays {

	private final SchedulingSettings settings;

	private final Clock clock;

	BookableDays(SchedulingSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Why this day may not be asked about, naming the field; empty when it may. */
	Optional<Problem> refusalOf(@Nullable LocalDate day, String field) {
		if (day == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = today.minusDays(1);
		LocalDate last = today.plusDays(this.settings.bookingHorizon().toDays() + 1);
		if (day.isBefore(first) || day.isAfter(last)) {
			return Optional.of(Problem.inField(field, Problem.Code.VALIDATION_FAILED,
					"Ask about days from " + first + " to " + last + " (the bookable period)"));
		}
		return Optional.empty();
	}

}
