package io.slotwise.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AvailabilityTest {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	final Availability thirtyMinutes = new Availability(new SlotGrid(Duration.ofMinutes(30), NEW_YORK),
			Duration.ofMinutes(30));

	final TimeRange always = new TimeRange(Instant.parse("2020-01-01T00:00:00Z"),
			Instant.parse("2030-01-01T00:00:00Z"));

	@Test
	void fallBackNightHasTheRepeatedHourTwice() {
		// 2026-11-01: 01:00-02:00 happens twice in New York
		TimeRange night = window(LocalDate.of(2026, 11, 1), LocalTime.of(0, 0), LocalTime.of(3, 0));
		List<TimeRange> slots = this.thirtyMinutes.freeSlots(List.of(night), this.always, List.of(), List.of());
		assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(4));
		assertThat(slots).hasSize(8);
		assertThat(slots).extracting((slot) -> slot.start().atZone(NEW_YORK).toLocalTime().toString())
			.containsExactly("00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00", "02:30");
	}

	@Test
	void springForwardNightSkipsTheMissingHour() {
		TimeRange night = window(LocalDate.of(2027, 3, 14), LocalTime.of(0, 0), LocalTime.of(4, 0));
		List<TimeRange> slots = this.thirtyMinutes.freeSlots(List.of(night), this.always, List.of(), List.of());
		assertThat(slots).extracting((slot) -> slot.start().atZone(NEW_YORK).toLocalTime().toString())
			.containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "03:30");
	}

	@Test
	void busyPractitionerAndExhaustedPoolsRemoveSlots() {
		TimeRange day = window(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(11, 0));
		TimeRange nine = TimeRange.of(day.start(), Duration.ofMinutes(30));
		TimeRange ten = TimeRange.of(day.start().plus(Duration.ofHours(1)), Duration.ofMinutes(30));
		ResourcePool rooms = new ResourcePool(Map.of(UUID.randomUUID(), List.of(ten), UUID.randomUUID(), List.of(ten)));
		List<TimeRange> slots = this.thirtyMinutes.freeSlots(List.of(day), this.always, List.of(nine), List.of(rooms));
		assertThat(slots).extracting(TimeRange::start)
			.containsExactly(day.start().plus(Duration.ofMinutes(30)), day.start().plus(Duration.ofMinutes(90)));
	}

	@Test
	void gridMustDivideADay() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SlotGrid(Duration.ofMinutes(7), NEW_YORK));
		assertThat(new SlotGrid(Duration.ofMinutes(15), NEW_YORK).alignUp(Instant.parse("2026-12-01T14:07:30Z")))
			.isEqualTo(Instant.parse("2026-12-01T14:15:00Z"));
	}

	@Test
	void halfOpenRangesTouchWithoutOverlapping() {
		Instant t = Instant.parse("2026-12-01T14:00:00Z");
		assertThat(TimeRange.of(t, Duration.ofMinutes(30))
			.overlaps(TimeRange.of(t.plusSeconds(1800), Duration.ofMinutes(30)))).isFalse();
		assertThat(TimeRange.of(t, Duration.ofMinutes(30))
			.overlaps(TimeRange.of(t.plusSeconds(1799), Duration.ofMinutes(30)))).isTrue();
	}

	private static TimeRange window(LocalDate day, LocalTime from, LocalTime to) {
		return new TimeRange(day.atTime(from).atZone(NEW_YORK).toInstant(),
				day.atTime(to).atZone(NEW_YORK).toInstant());
	}

}
