package io.slotwise.scheduling.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.slotwise.scheduling.domain.TimeRange;

/**
 * A practitioner's private iCalendar feed of their Slotwise appointments (RFC 5545), as a
 * phone's calendar subscribes to it. Times are UTC, so no VTIMEZONE is needed and every
 * client shows them in its own zone; the UID is the appointment's, so a moved appointment
 * moves and a cancelled one is marked {@code STATUS:CANCELLED} rather than vanishing
 * unexplained. It carries no patient data at all (no name, no visit type, no reason): a
 * feed URL ends up in phones, backups and calendar-sharing settings outside the
 * practice's control, so it shows only that the time is booked and where; the details are
 * one click away in Slotwise, behind a login.
 */
public final class AppointmentCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private AppointmentCalendar() {
	}

	/**
	 * @param locationName where it takes place, shown as the event's location
	 */
	public record Entry(UUID appointment, TimeRange time, boolean cancelled, String locationName) {
	}

	public static String render(List<Entry> entries, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Slotwise//Appointment feed//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:Slotwise appointments");
		// Clients that honour it re-read the feed every 15 minutes.
		line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT15M");
		line(ics, "X-PUBLISHED-TTL:PT15M");
		for (Entry entry : entries) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + entry.appointment() + "@slotwise");
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "DTSTART:" + UTC.format(entry.time().start()));
			line(ics, "DTEND:" + UTC.format(entry.time().end()));
			line(ics, "SUMMARY:" + (entry.cancelled() ? "Cancelled: Slotwise appointment" : "Slotwise appointment"));
			line(ics, "LOCATION:" + text(entry.locationName()));
			line(ics, "DESCRIPTION:Details in Slotwise (appointment " + entry.appointment() + ").");
			line(ics, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
			// A cancelled appointment is a new revision of the same event.
			line(ics, "SEQUENCE:" + (entry.cancelled() ? 1 : 0));
			line(ics, "TRANSP:" + (entry.cancelled() ? "TRANSPARENT" : "OPAQUE"));
			line(ics, "CLASS:PRIVATE");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** RFC 5545 TEXT escaping. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "");
	}

	/**
	 * Appends a content line, folded at 75 octets with CRLF and a space as RFC 5545
	 * requires (never inside a UTF-8 character).
	 */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
