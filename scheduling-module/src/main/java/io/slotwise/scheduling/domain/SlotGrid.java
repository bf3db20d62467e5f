package io.slotwise.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The wall-clock grid slots start on, in a location's zone: with a 15-minute grid, slots
 * start at :00, :15, :30 and :45 local time, on DST transition days too. Alignment is
 * judged on local time of day, not on instants, so an hour's DST shift never moves slots
 * off the grid.
 *
 * @param step grid spacing, a whole number of minutes that divides a day
 * @param zone the location's zone
 */
public record SlotGrid(Duration step, ZoneId zone) {

	private static final long MINUTES_PER_DAY = 24 * 60;

	public SlotGrid {
		Objects.requireNonNull(zone, "zone");
		if (step.isNegative() || step.isZero() || step.toSecondsPart() != 0
				|| MINUTES_PER_DAY % step.toMinutes() != 0) {
			throw new IllegalArgumentException("A slot grid must be whole minutes dividing a day: " + step);
		}
	}

	public boolean isAligned(Instant instant) {
		ZonedDateTime local = instant.atZone(this.zone);
		return local.getSecond() == 0 && local.getNano() == 0 && minuteOfDay(local) % this.step.toMinutes() == 0;
	}

	/** The first grid instant at or after {@code instant}. */
	public Instant alignUp(Instant instant) {
		ZonedDateTime local = instant.atZone(this.zone);
		if (isAligned(instant)) {
			return instant;
		}
		ZonedDateTime minute = local.withSecond(0).withNano(0);
		if (!minute.toInstant().equals(instant)) {
			minute = minute.plusMinutes(1);
		}
		long remainder = minuteOfDay(minute) % this.step.toMinutes();
		Instant candidate = (remainder == 0) ? minute.toInstant()
				: minute.plusMinutes(this.step.toMinutes() - remainder).toInstant();
		// A DST shift that is no multiple of the step can land off the grid: go on.
		return isAligned(candidate) ? candidate : alignUp(candidate.plusSeconds(60));
	}

	private static long minuteOfDay(ZonedDateTime local) {
		return local.getHour() * 60L + local.getMinute();
	}

}
