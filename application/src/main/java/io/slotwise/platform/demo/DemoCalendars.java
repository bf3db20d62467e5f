package io.slotwise.platform.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.ManageCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Connects the demo practitioner and two more to an iCalendar feed served on a local
 * port, so external busy times (weekday rounds at noon, a board meeting tomorrow
 * afternoon, New York time) are visible as gaps in the demo's search and availability.
 * Runs after the demo data is loaded; a practitioner who already has a calendar is left
 * alone.
 */
@Component
@Profile("demo")
class DemoCalendars implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoCalendars.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final ManageCalendars calendars;

	private final FindPractitioners practitioners;

	private final Clock clock;

	private HttpServer server;

	DemoCalendars(ManageCalendars calendars, FindPractitioners practitioners, Clock clock) {
		this.calendars = calendars;
		this.practitioners = practitioners;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void connect() throws IOException {
		String ics = feed(LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("America/New_York")));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/demo-calendar.ics", (exchange) -> {
			byte[] body = ics.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/calendar");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		URI url = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/demo-calendar.ics");
		CalendarCaller admin = CalendarCaller.admin(UUID.nameUUIDFromBytes("demo-calendars".getBytes()));
		List<PractitionerId> chosen = new ArrayList<>();
		chosen.add(new PractitionerId(DemoUser.PRACTITIONER.id()));
		this.practitioners.practitioners(FindPractitioners.PractitionerFilter.any(), 0, 3)
			.stream()
			.map(Practitioner::id)
			.filter((id) -> !chosen.contains(id))
			.limit(2)
			.forEach(chosen::add);
		for (PractitionerId practitioner : chosen) {
			boolean connected = this.calendars.connections(admin, practitioner) instanceof Outcome.Done<?> done
					&& !((List<?>) done.value()).isEmpty();
			if (!connected) {
				this.calendars.connectFeed(admin, practitioner, url, Optional.empty());
			}
		}
		log.info("Demo calendars: {} practitioners' busy times come from {}", chosen.size(), url);
	}

	@Override
	public void destroy() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	/**
	 * Rounds every weekday 12:00-13:00 for eight weeks and a board meeting tomorrow
	 * 15:00-16:00.
	 */
	static String feed(LocalDate today) {
		String tomorrow = DAY.format(today.plusDays(1));
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotwise//Demo//EN",
				"X-WR-TIMEZONE:America/New_York", "BEGIN:VEVENT", "UID:demo-rounds", "DTSTAMP:20260101T000000Z",
				"DTSTART;TZID=America/New_York:" + DAY.format(today) + "T120000",
				"DTEND;TZID=America/New_York:" + DAY.format(today) + "T130000",
				"RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=40", "SUMMARY:Hospital rounds", "END:VEVENT",
				"BEGIN:VEVENT", "UID:demo-board", "DTSTAMP:20260101T000000Z",
				"DTSTART;TZID=America/New_York:" + tomorrow + "T150000",
				"DTEND;TZID=America/New_York:" + tomorrow + "T160000", "SUMMARY:Board meeting", "END:VEVENT",
				"END:VCALENDAR", "");
	}

}
