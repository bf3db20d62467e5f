package io.slotwise.resources.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.resources.WorkingHours;

/**
 * Turns wall-clock working hours into instants in a location's zone. Each day is resolved
 * on its own calendar date, so a rule "09:00-17:00" stays 8 hours on DST transition days
 * (the transition happens at night); a rule that spans a transition is as long as the
 * clock on the wall says minus/plus the skipped/repeated hour.
 */
public record WorkingSchedule(WorkingHours hours, ZoneId zone) {

	/** More than a year of windows in one question is a bug, not a query. */
	public static final int MAX_DAYS = 400;

	public WorkingSchedule {
		Objects.requireNonNull(hours, "hours");
		Objects.requireNonNull(zone, "zone");
	}

	/**
	 * Working windows on the days {@code [from, to]}, sorted, merged, non-overlapping.
	 */
	public List<WorkingWindow> windows(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("Ask for 1-" + MAX_DAYS + " days, from before to");
		}
		List<WorkingWindow> result = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			result.addAll(day(day));
		}
		return merge(result);
	}

	private List<WorkingWindow> day(LocalDate day) {
		List<WorkingWindow> open = new ArrayList<>();
		for (WorkingHours.Weekly rule : this.hours.weekly()) {
			if (rule.day() == day.getDayOfWeek()) {
				addIfAny(open, window(day, rule.start(), rule.end()));
			}
		}
		List<WorkingHours.Dated> timeOff = new ArrayList<>();
		for (WorkingHours.Dated exception : this.hours.exceptions()) {
			if (exception.day().equals(day)) {
				if (exception.kind() == WorkingHours.Kind.EXTRA) {
					addIfAny(open, window(day, exception.start(), exception.end()));
				}
				else {
					timeOff.add(exception);
				}
			}
		}
		open = merge(open);
		for (WorkingHours.Dated off : timeOff) {
			if (off.wholeDay()) {
				return List.of();
			}
			WorkingWindow removed = window(day, off.start(), off.end());
			if (removed != null) {
				open = subtract(open, removed);
			}
		}
		return open;
	}

	private static void addIfAny(List<WorkingWindow> windows, WorkingWindow window) {
		if (window != null) {
			windows.add(window);
		}
	}

	private WorkingWindow window(LocalDate day, LocalTime start, LocalTime end) {
		Instant from = instant(day.atTime(start));
		Instant until = instant(day.atTime(end));
		// A stretch that lies wholly in a spring-forward gap never happens on the wall
		// clock.
		return until.isAfter(from) ? new WorkingWindow(from, until) : null;
	}

	/**
	 * A wall-clock time in a spring-forward gap never shows on the clock: it is read as
	 * the moment the clock jumps (02:30 on a 02:00->03:00 day is 03:00), so "01:30-02:30"
	 * lasts 30 minutes. An ambiguous fall-back time is read with the earlier offset, as
	 * {@link ZonedDateTime#of} does.
	 */
	private Instant instant(LocalDateTime wallClock) {
		ZoneOffsetTransition gap = this.zone.getRules().getTransition(wallClock);
		if (gap != null && gap.isGap()) {
			return gap.getInstant();
		}
		return ZonedDateTime.of(wallClock, this.zone).toInstant();
	}

	static List<WorkingWindow> merge(List<WorkingWindow> windows) {
		List<WorkingWindow> sorted = windows.stream().sorted(Comparator.comparing(WorkingWindow::start)).toList();
		List<WorkingWindow> merged = new ArrayList<>();
		for (WorkingWindow next : sorted) {
			if (!merged.isEmpty() && !merged.getLast().end().isBefore(next.start())) {
				WorkingWindow last = merged.removeLast();
				merged.add(new WorkingWindow(last.start(), last.end().isAfter(next.end()) ? last.end() : next.end()));
			}
			else {
				merged.add(next);
			}
		}
		return merged;
	}

	static List<WorkingWindow> subtract(List<WorkingWindow> windows, WorkingWindow removed) {
		List<WorkingWindow> result = new ArrayList<>();
		for (WorkingWindow window : windows) {
			if (!window.start().isBefore(removed.end()) || !removed.start().isBefore(window.end())) {
				result.add(window);
				continue;
			}
			if (window.start().isBefore(removed.start())) {
				result.add(new WorkingWindow(window.start(), removed.start()));
			}
			if (removed.end().isBefore(window.end())) {
				result.add(new WorkingWindow(removed.end(), window.end()));
			}
		}
		return result;
	}

	/**
	 * The first weekly rule of {@code candidate} that overlaps a rule of another
	 * location's hours (same person, one place at a time), if any. Only compare hours in
	 * the same zone.
	 */
	public static java.util.Optional<WorkingHours.Weekly> clash(WorkingHours candidate, List<WorkingHours> others) {
		return candidate.weekly()
			.stream()
			.filter((rule) -> others.stream()
				.filter((other) -> !other.location().equals(candidate.location()))
				.flatMap((other) -> other.weekly().stream())
				.anyMatch(rule::overlaps))
			.findFirst();
	}

}
