package io.slotwise.scheduling.adapter.out.ical;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.CalendarSettings;
import io.slotwise.scheduling.calendar.application.ExternalCalendars;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.stereotype.Component;

/**
 * Reads iCalendar feeds over HTTP. Every wait is bounded by the fetch timeout and a feed
 * larger than 5 MB is refused, so one bad feed cannot stall the sync job. The URL is
 * never logged or echoed: it often is the feed's only secret.
 */
@Component
class IcalFeedCalendars implements ExternalCalendars {

	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private final HttpClient http;

	private final CalendarSettings settings;

	IcalFeedCalendars(CalendarSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.fetchTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	@Override
	public CalendarKind kind() {
		return CalendarKind.ICAL_FEED;
	}

	@Override
	public Fetch busy(CalendarConnection connection, TimeRange window) {
		if (!(connection.secrets() instanceof CalendarSecrets.FeedUrl(String url))) {
			return new Fetch.Failed("Not a feed");
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.settings.fetchTimeout())
			.header("Accept", "text/calendar")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				int status = response.statusCode();
				if (status == 401 || status == 403 || status == 410) {
					return new Fetch.Revoked("The feed answered HTTP " + status);
				}
				if (status != 200) {
					return new Fetch.Failed("The feed answered HTTP " + status);
				}
				byte[] bytes = body.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					return new Fetch.Failed("The feed is larger than " + MAX_BYTES + " bytes");
				}
				return new Fetch.Busy(
						IcsBusyTimes.parse(new String(bytes, StandardCharsets.UTF_8), window, ZoneOffset.UTC));
			}
		}
		catch (IcsBusyTimes.IcsUnreadable ex) {
			return new Fetch.Failed(ex.getMessage());
		}
		catch (IOException ex) {
			return new Fetch.Failed("The feed could not be read: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Fetch.Failed("Interrupted");
		}
	}

}
