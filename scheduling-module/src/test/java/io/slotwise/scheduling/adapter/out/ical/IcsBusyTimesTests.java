package io.slotwise.scheduling.adapter.out.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.slotwise.scheduling.calendar.domain.BusyTimes;
import io.slotwise.scheduling.domain.TimeRange;
import org.junit.jupiter.api.Test;

/**
 * Each case blocks exactly the right minutes, and with the 15-minute buffer exactly those
 * plus a quarter of an hour on each side. New York leaves daylight saving time on
 * 2026-11-01: a 09:00 meeting is 13:00Z before and 14:00Z after.
 */
class IcsBusyTimesTests {

	private static final TimeRange AUTUMN = new TimeRange(Instant.parse("2026-10-20T00:00:00Z"),
			Instant.parse("2026-11-20T00:00:00Z"));

	private static final Duration BUFFER = Duration.ofMinutes(15);

	private static final String VTIMEZONE = """
			BEGIN:VTIMEZONE
			TZID:America/New_York
			BEGIN:DAYLIGHT
			TZOFFSETFROM:-0500
			TZOFFSETTO:-0400
			TZNAME:EDT
			DTSTART:19700308T020000
			RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
			END:DAYLIGHT
			BEGIN:STANDARD
			TZOFFSETFROM:-0400
			TZOFFSETTO:-0500
			TZNAME:EST
			DTSTART:19701101T020000
			RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
			END:STANDARD
			END:VTIMEZONE
			""";

	private static final String WEEKLY = """
			BEGIN:VEVENT
			UID:weekly-1
			DTSTAMP:20261001T000000Z
			DTSTART;TZID=America/New_York:20261026T090000
			DTEND;TZID=America/New_York:20261026T100000
			RRULE:FREQ=WEEKLY;COUNT=3
			SUMMARY:Ward round
			%s
			END:VEVENT
			""";

	@Test
	void aWeeklyEventKeepsItsLocalTimeAcrossTheDstChange() throws Exception {
		List<TimeRange> busy = parse(WEEKLY.formatted(""));
		assertThat(busy).containsExactlyInAnyOrder(range("2026-10-26T13:00:00Z", "2026-10-26T14:00:00Z"),
				range("2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z"),
				range("2026-11-09T14:00:00Z", "2026-11-09T15:00:00Z"));
		assertThat(new BusyTimes(busy, BUFFER).blocked()).containsExactly(
				range("2026-10-26T12:45:00Z", "2026-10-26T14:15:00Z"),
				range("2026-11-02T13:45:00Z", "2026-11-02T15:15:00Z"),
				range("2026-11-09T13:45:00Z", "2026-11-09T15:15:00Z"));
	}

	@Test
	void anExdateFreesThatOccurrence() throws Exception {
		List<TimeRange> busy = parse(WEEKLY.formatted("EXDATE;TZID=America/New_York:20261102T090000"));
		assertThat(busy).containsExactlyInAnyOrder(range("2026-10-26T13:00:00Z", "2026-10-26T14:00:00Z"),
				range("2026-11-09T14:00:00Z", "2026-11-09T15:00:00Z"));
	}

	@Test
	void aMovedOccurrenceBlocksItsNewTimeNotItsOldOne() throws Exception {
		String moved = """
				BEGIN:VEVENT
				UID:weekly-1
				DTSTAMP:20261001T000000Z
				RECURRENCE-ID;TZID=America/New_York:20261102T090000
				DTSTART;TZID=America/New_York:20261102T113000
				DTEND;TZID=America/New_York:20261102T123000
				SUMMARY:Ward round (moved)
				END:VEVENT
				""";
		List<TimeRange> busy = parse(WEEKLY.formatted("") + moved);
		assertThat(busy).containsExactlyInAnyOrder(range("2026-10-26T13:00:00Z", "2026-10-26T14:00:00Z"),
				range("2026-11-02T16:30:00Z", "2026-11-02T17:30:00Z"),
				range("2026-11-09T14:00:00Z", "2026-11-09T15:00:00Z"));
	}

	@Test
	void aCancelledOccurrenceIsFree() throws Exception {
		String cancelled = """
				BEGIN:VEVENT
				UID:weekly-1
				DTSTAMP:20261001T000000Z
				RECURRENCE-ID;TZID=America/New_York:20261109T090000
				DTSTART;TZID=America/New_York:20261109T090000
				DTEND;TZID=America/New_York:20261109T100000
				STATUS:CANCELLED
				END:VEVENT
				""";
		List<TimeRange> busy = parse(WEEKLY.formatted("") + cancelled);
		assertThat(busy).containsExactlyInAnyOrder(range("2026-10-26T13:00:00Z", "2026-10-26T14:00:00Z"),
				range("2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z"));
	}

	@Test
	void anAllDayEventBlocksTheWholeLocalDay() throws Exception {
		String allDay = """
				BEGIN:VEVENT
				UID:congress
				DTSTAMP:20261001T000000Z
				DTSTART;VALUE=DATE:20261104
				DTEND;VALUE=DATE:20261105
				SUMMARY:Congress
				END:VEVENT
				""";
		List<TimeRange> busy = parse(allDay);
		assertThat(busy).containsExactly(range("2026-11-04T05:00:00Z", "2026-11-05T05:00:00Z"));
		assertThat(new BusyTimes(busy, BUFFER).blocked())
			.containsExactly(range("2026-11-04T04:45:00Z", "2026-11-05T05:15:00Z"));
	}

	@Test
	void transparentAndCancelledEventsBlockNothing() throws Exception {
		String free = """
				BEGIN:VEVENT
				UID:reminder
				DTSTAMP:20261001T000000Z
				DTSTART:20261028T150000Z
				DTEND:20261028T160000Z
				TRANSP:TRANSPARENT
				END:VEVENT
				BEGIN:VEVENT
				UID:called-off
				DTSTAMP:20261001T000000Z
				DTSTART:20261029T150000Z
				DTEND:20261029T160000Z
				STATUS:CANCELLED
				END:VEVENT
				BEGIN:VEVENT
				UID:real
				DTSTAMP:20261001T000000Z
				DTSTART:20261030T150000Z
				DTEND:20261030T160000Z
				TRANSP:OPAQUE
				END:VEVENT
				""";
		assertThat(parse(free)).containsExactly(range("2026-10-30T15:00:00Z", "2026-10-30T16:00:00Z"));
	}

	@Test
	void eventsOutsideTheWindowAreLeftOut() throws Exception {
		List<TimeRange> busy = IcsBusyTimes.parse(calendar(WEEKLY.formatted("")),
				new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-05T00:00:00Z")),
				ZoneOffset.UTC);
		assertThat(busy).containsExactly(range("2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z"));
	}

	@Test
	void somethingThatIsNotICalendarIsUnreadable() {
		assertThatThrownBy(() -> IcsBusyTimes.parse("<html>login</html>", AUTUMN, ZoneOffset.UTC))
			.isInstanceOf(IcsBusyTimes.IcsUnreadable.class);
	}

	private static List<TimeRange> parse(String events) throws IcsBusyTimes.IcsUnreadable {
		return IcsBusyTimes.parse(calendar(events), AUTUMN, ZoneOffset.UTC);
	}

	static String calendar(String events) {
		String text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Slotwise//Tests//EN\nX-WR-TIMEZONE:America/New_York\n"
				+ VTIMEZONE + events + "END:VCALENDAR\n";
		return text.replace("\n", "\r\n").replaceAll("(?m)^\\s*\r\n", "");
	}

	private static TimeRange range(String start, String end) {
		return new TimeRange(Instant.parse(start), Instant.parse(end));
	}

}
