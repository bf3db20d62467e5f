package io.slotwise.resources;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of a location's weekly opening hours, wall-clock in the location's zone.
 *
 * @param opens inclusive
 * @param closes exclusive, after {@code opens} (no overnight opening)
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

	public OpeningHours {
		Objects.requireNonNull(day, "day");
		CatalogRuleBroken.require(opens != null && closes != null && opens.isBefore(closes),
				CatalogError.Code.INVALID_TIME_RANGE, "openingHours", "opening hours must close after they open");
	}

	boolean overlaps(OpeningHours other) {
		return this.day == other.day && this.opens.isBefore(other.closes) && other.opens.isBefore(this.closes);
	}

}
