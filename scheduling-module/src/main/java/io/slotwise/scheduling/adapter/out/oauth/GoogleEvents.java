package io.slotwise.scheduling.adapter.out.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.CalendarSettings;
import io.slotwise.scheduling.calendar.application.CalendarWriter;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Google Calendar's {@code events.insert}, {@code events.patch} and {@code events.delete}
 * on the practitioner's primary calendar. The event says only "Busy (Slotwise)": no
 * patient, no visit type — it lands in a calendar that may be shared. Google answers 409
 * to an insert whose id exists, which here means a replay: done.
 */
@Component
class GoogleEvents implements CalendarWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CalendarSettings settings;

	private final HttpClient http;

	GoogleEvents(CalendarSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.fetchTimeout()).build();
	}

	@Override
	public CalendarKind kind() {
		return CalendarKind.GOOGLE;
	}

	@Override
	public Write insert(CalendarSecrets.Tokens tokens, String eventId, TimeRange time) {
		ObjectNode event = times(time);
		event.put("id", eventId);
		event.put("summary", "Busy (Slotwise)");
		event.put("transparency", "opaque");
		event.put("visibility", "private");
		event.putObject("extendedProperties").putObject("private").put("slotwise", "appointment");
		return send(tokens, HttpRequest.newBuilder(events("")).POST(body(event)), "insert");
	}

	@Override
	public Write move(CalendarSecrets.Tokens tokens, String eventId, TimeRange time) {
		return send(tokens, HttpRequest.newBuilder(events("/" + eventId)).method("PATCH", body(times(time))), "patch");
	}

	@Override
	public Write remove(CalendarSecrets.Tokens tokens, String eventId) {
		return send(tokens, HttpRequest.newBuilder(events("/" + eventId)).DELETE(), "delete");
	}

	private Write send(CalendarSecrets.Tokens tokens, HttpRequest.Builder request, String what) {
		try {
			int status = this.http
				.send(request.timeout(this.settings.fetchTimeout())
					.header("Authorization", "Bearer " + tokens.accessToken())
					.header("Content-Type", "application/json")
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			if (status >= 200 && status < 300) {
				return new Write.Done();
			}
			if (what.equals("insert") && status == 409) {
				return new Write.Done();
			}
			if ((status == 404 || status == 410) && what.equals("delete")) {
				return new Write.Done();
			}
			if (status == 404 || status == 410) {
				return new Write.Missing();
			}
			return new Write.Failed("events." + what + " answered HTTP " + status);
		}
		catch (IOException ex) {
			return new Write.Failed("events." + what + " failed: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Write.Failed("Interrupted");
		}
	}

	private URI events(String suffix) {
		return URI.create(this.settings.google().apiBase() + "/calendars/primary/events" + suffix);
	}

	private static ObjectNode times(TimeRange time) {
		ObjectNode event = JSON.createObjectNode();
		event.putObject("start").put("dateTime", time.start().toString()).put("timeZone", "UTC");
		event.putObject("end").put("dateTime", time.end().toString()).put("timeZone", "UTC");
		return event;
	}

	private static HttpRequest.BodyPublisher body(ObjectNode json) {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json));
	}

}
