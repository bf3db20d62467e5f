package io.slotwise.scheduling.adapter.out.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.CalendarSettings;
import io.slotwise.scheduling.calendar.application.ExternalCalendars;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Google Calendar's {@code freeBusy} request for the practitioner's primary calendar. An
 * expired access token is a failed sync, not a revocation: the refresh job decides that.
 */
@Component
class GoogleFreeBusy implements ExternalCalendars {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CalendarSettings settings;

	private final HttpClient http;

	GoogleFreeBusy(CalendarSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.fetchTimeout()).build();
	}

	@Override
	public CalendarKind kind() {
		return CalendarKind.GOOGLE;
	}

	@Override
	public Fetch busy(CalendarConnection connection, TimeRange window) {
		if (!(connection.secrets() instanceof CalendarSecrets.Tokens tokens)) {
			return new Fetch.Failed("Not an OAuth calendar");
		}
		ObjectNode query = JSON.createObjectNode();
		query.put("timeMin", window.start().toString());
		query.put("timeMax", window.end().toString());
		query.putArray("items").addObject().put("id", "primary");
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.google().apiBase() + "/freeBusy"))
			.timeout(this.settings.fetchTimeout())
			.header("Authorization", "Bearer " + tokens.accessToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query)))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return new Fetch.Failed("freeBusy answered HTTP " + response.statusCode());
			}
			JsonNode primary = JSON.readTree(response.body()).path("calendars").path("primary");
			if (!primary.path("errors").isEmpty()) {
				return new Fetch.Failed("freeBusy: " + primary.path("errors").get(0).path("reason").asString("error"));
			}
			List<TimeRange> busy = new ArrayList<>();
			for (JsonNode interval : primary.path("busy")) {
				Instant start = Instant.parse(interval.path("start").asString());
				Instant end = Instant.parse(interval.path("end").asString());
				if (start.isBefore(end)) {
					busy.add(new TimeRange(start, end));
				}
			}
			return new Fetch.Busy(busy);
		}
		catch (IOException | JacksonException | java.time.format.DateTimeParseException ex) {
			return new Fetch.Failed("freeBusy could not be read: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Fetch.Failed("Interrupted");
		}
	}

}
