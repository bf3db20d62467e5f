package io.slotwise.scheduling.adapter.out.ical;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.scheduling.domain.TimeRange;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Expands an iCalendar document into the busy intervals inside a window: recurring events
 * with their EXDATEs and moved occurrences (RECURRENCE-ID), events in their VTIMEZONE,
 * all-day events. Transparent and cancelled events (or occurrences) are free time.
 */
final class IcsBusyTimes {

	private IcsBusyTimes() {
	}

	/**
	 * @param ics the feed's text
	 * @param window only busy time overlapping it is returned
	 * @param fallbackZone the zone of all-day and floating times when the feed names none
	 */
	static List<TimeRange> parse(String ics, TimeRange window, ZoneId fallbackZone) throws IcsUnreadable {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(ics));
		}
		catch (IOException | ParserException | RuntimeException ex) {
			throw new IcsUnreadable("Not an iCalendar document: " + ex.getMessage());
		}
		ZoneId zone = zoneOf(calendar).orElse(fallbackZone);
		List<TimeRange> busy = new ArrayList<>();
		for (List<VEvent> series : byUid(calendar).values()) {
			List<VEvent> overrides = series.stream().filter((event) -> recurrenceId(event, zone).isPresent()).toList();
			// A moved or cancelled occurrence replaces the series' occurrence it names.
			Set<Instant> replaced = new HashSet<>();
			overrides.forEach((override) -> recurrenceId(override, zone).ifPresent(replaced::add));
			for (VEvent event : series) {
				boolean isOverride = overrides.contains(event);
				for (TimeRange occurrence : occurrences(event, window, zone)) {
					if (isBusy(event) && (isOverride || !replaced.contains(occurrence.start()))
							&& occurrence.overlaps(window)) {
						busy.add(occurrence);
					}
				}
			}
		}
		return busy;
	}

	/** The event's occurrences (EXDATEs applied) near the window. */
	private static List<TimeRange> occurrences(VEvent event, TimeRange window, ZoneId zone) throws IcsUnreadable {
		boolean allDay = event.getProperty(Property.DTSTART)
			.map((start) -> ((DtStart<?>) start).getDate() instanceof LocalDate)
			.orElse(false);
		// An all-day series expands in dates; a day either side covers every zone.
		Period<? extends Temporal> period = allDay
				? new Period<>(LocalDate.ofInstant(window.start(), zone).minusDays(1),
						LocalDate.ofInstant(window.end(), zone).plusDays(1))
				: new Period<>(window.start().atZone(ZoneOffset.UTC), window.end().atZone(ZoneOffset.UTC));
		List<TimeRange> occurrences = new ArrayList<>();
		try {
			for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(period)) {
				Instant start = instant(occurrence.getStart(), zone);
				Instant end = instant(occurrence.getEnd(), zone);
				if (start.isBefore(end)) {
					occurrences.add(new TimeRange(start, end));
				}
			}
		}
		catch (RuntimeException ex) {
			throw new IcsUnreadable("An event could not be expanded: " + ex.getMessage());
		}
		return occurrences;
	}

	private static Optional<Instant> recurrenceId(VEvent event, ZoneId zone) {
		return event.<RecurrenceId<?>>getProperty(Property.RECURRENCE_ID).map((id) -> instant(id.getDate(), zone));
	}

	/**
	 * Dates (all-day) and floating times are read in the calendar's zone; times with a
	 * zone or offset are already instants.
	 */
	private static Instant instant(Temporal temporal, ZoneId zone) {
		return switch (temporal) {
			case LocalDate date -> date.atStartOfDay(zone).toInstant();
			case LocalDateTime time -> time.atZone(zone).toInstant();
			default -> Instant.from(temporal);
		};
	}

	/** Events grouped by UID, the series (no RECURRENCE-ID) first. */
	private static Map<String, List<VEvent>> byUid(Calendar calendar) {
		Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
		int anonymous = 0;
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			String uid = event.getUid().map(Uid::getValue).orElse("\u0000" + anonymous++);
			List<VEvent> series = byUid.computeIfAbsent(uid, (u) -> new ArrayList<>());
			if (event.getProperty(Property.RECURRENCE_ID).isEmpty()) {
				series.addFirst(event);
			}
			else {
				series.add(event);
			}
		}
		return byUid;
	}

	private static boolean isBusy(VEvent event) {
		boolean transparent = event.<Transp>getProperty(Property.TRANSP)
			.map((transp) -> "TRANSPARENT".equalsIgnoreCase(transp.getValue()))
			.orElse(false);
		boolean cancelled = event.<Status>getProperty(Property.STATUS)
			.map((status) -> "CANCELLED".equalsIgnoreCase(status.getValue()))
			.orElse(false);
		return !transparent && !cancelled;
	}

	private static Optional<ZoneId> zoneOf(Calendar calendar) {
		Optional<String> named = calendar.<Property>getProperty("X-WR-TIMEZONE").map(Property::getValue);
		if (named.isEmpty()) {
			named = calendar.<VTimeZone>getComponents(Component.VTIMEZONE)
				.stream()
				.findFirst()
				.flatMap((tz) -> tz.<Property>getProperty(Property.TZID))
				.map(Property::getValue);
		}
		return named.flatMap((name) -> {
			try {
				return Optional.of(ZoneId.of(name));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		});
	}

	/** The feed is not iCalendar, or an event in it cannot be expanded. */
	static final class IcsUnreadable extends Exception {

		IcsUnreadable(String message) {
			super(message);
		}

	}

}
