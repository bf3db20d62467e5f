package io.slotwise.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.WorkingHours.Dated;
import io.slotwise.resources.WorkingHours.Kind;
import io.slotwise.resources.WorkingHours.Weekly;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock rules become instants in the location's zone, correctly on DST days.
 */
class WorkingScheduleTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final PractitionerId WHO = new PractitionerId(UUID.randomUUID());

	static final LocationId WHERE = new LocationId(UUID.randomUUID());

	/**
	 * 2026-03-08: clocks jump 02:00 EST -> 03:00 EDT. 2026-11-01: 02:00 EDT -> 01:00 EST.
	 */
	static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);

	static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

	static List<WorkingWindow> windows(List<Weekly> weekly, List<Dated> exceptions, LocalDate from, LocalDate to) {
		return new WorkingSchedule(new WorkingHours(WHO, WHERE, weekly, exceptions), NEW_YORK).windows(from, to);
	}

	static Weekly nineToFive(DayOfWeek day) {
		return new Weekly(day, LocalTime.of(9, 0), LocalTime.of(17, 0));
	}

	@Test
	void nineToFiveIsEightHoursOnTheSpringForwardDay() {
		List<WorkingWindow> windows = windows(List.of(nineToFive(DayOfWeek.SUNDAY)), List.of(), SPRING_FORWARD,
				SPRING_FORWARD);
		assertThat(windows).containsExactly(
				new WorkingWindow(Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-08T21:00:00Z")));
		assertThat(Duration.between(windows.get(0).start(), windows.get(0).end())).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void nineToFiveIsEightHoursOnTheFallBackDay() {
		List<WorkingWindow> windows = windows(List.of(nineToFive(DayOfWeek.SUNDAY)), List.of(), FALL_BACK, FALL_BACK);
		assertThat(windows).containsExactly(
				new WorkingWindow(Instant.parse("2026-11-01T14:00:00Z"), Instant.parse("2026-11-01T22:00:00Z")));
		assertThat(Duration.between(windows.get(0).start(), windows.get(0).end())).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void theDaysAroundATransitionKeepTheirWallClockTimes() {
		List<WorkingWindow> windows = windows(
				List.of(nineToFive(DayOfWeek.SATURDAY), nineToFive(DayOfWeek.SUNDAY), nineToFive(DayOfWeek.MONDAY)),
				List.of(), SPRING_FORWARD.minusDays(1), SPRING_FORWARD.plusDays(1));
		assertThat(windows).extracting(WorkingWindow::start)
			.containsExactly(Instant.parse("2026-03-07T14:00:00Z"), Instant.parse("2026-03-08T13:00:00Z"),
					Instant.parse("2026-03-09T13:00:00Z"));
	}

	@Test
	void aNightShiftAcrossTheTransitionIsAsLongAsTheWallClockAllows() {
		Weekly night = new Weekly(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 0));
		assertThat(windows(List.of(night), List.of(), SPRING_FORWARD, SPRING_FORWARD).get(0)).satisfies(
				(window) -> assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(5)));
		assertThat(windows(List.of(night), List.of(), FALL_BACK, FALL_BACK).get(0)).satisfies(
				(window) -> assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(7)));
	}

	@Test
	void hoursThatFallEntirelyInTheSpringGapDoNotExist() {
		Weekly inTheGap = new Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 15), LocalTime.of(2, 45));
		assertThat(windows(List.of(inTheGap), List.of(), SPRING_FORWARD, SPRING_FORWARD)).isEmpty();
	}

	@Test
	void timeOffRemovesAndExtraHoursAdd() {
		LocalDate monday = LocalDate.of(2026, 12, 7);
		List<Weekly> weekly = List.of(nineToFive(DayOfWeek.MONDAY), nineToFive(DayOfWeek.TUESDAY),
				nineToFive(DayOfWeek.WEDNESDAY));
		List<Dated> exceptions = List.of(new Dated(monday, Kind.TIME_OFF, LocalTime.of(12, 0), LocalTime.of(13, 0)),
				new Dated(monday.plusDays(1), Kind.TIME_OFF, null, null),
				new Dated(monday.plusDays(2), Kind.EXTRA, LocalTime.of(17, 0), LocalTime.of(19, 0)),
				new Dated(monday.plusDays(5), Kind.EXTRA, LocalTime.of(10, 0), LocalTime.of(12, 0)));
		assertThat(windows(weekly, exceptions, monday, monday.plusDays(6))).containsExactly(
				new WorkingWindow(Instant.parse("2026-12-07T14:00:00Z"), Instant.parse("2026-12-07T17:00:00Z")),
				new WorkingWindow(Instant.parse("2026-12-07T18:00:00Z"), Instant.parse("2026-12-07T22:00:00Z")),
				new WorkingWindow(Instant.parse("2026-12-09T14:00:00Z"), Instant.parse("2026-12-10T00:00:00Z")),
				new WorkingWindow(Instant.parse("2026-12-12T15:00:00Z"), Instant.parse("2026-12-12T17:00:00Z")));
	}

	@Test
	void rulesAtAnotherLocationThatOverlapAreAClash() {
		LocationId elsewhere = new LocationId(UUID.randomUUID());
		WorkingHours here = new WorkingHours(WHO, WHERE, List.of(nineToFive(DayOfWeek.MONDAY)), List.of());
		WorkingHours morningsElsewhere = new WorkingHours(WHO, elsewhere,
				List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(9, 30))), List.of());
		WorkingHours tuesdaysElsewhere = new WorkingHours(WHO, elsewhere, List.of(nineToFive(DayOfWeek.TUESDAY)),
				List.of());
		assertThat(WorkingSchedule.clash(here, List.of(morningsElsewhere))).contains(nineToFive(DayOfWeek.MONDAY));
		assertThat(WorkingSchedule.clash(here, List.of(tuesdaysElsewhere, here))).isEmpty();
	}

}
