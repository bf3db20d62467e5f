package io.slotwise.scheduling.calendar.application;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * External calendars' settings ({@code slotwise.calendar.*}); all but the key have
 * defaults.
 *
 * @param secretKey base64 AES key (128, 192 or 256 bits) that encrypts feed URLs and
 * tokens at rest; start-up fails without one
 * @param defaultBuffer blocked on each side of an external busy interval unless the
 * connection says otherwise
 * @param syncInterval how often every connected calendar is fetched again
 * @param refreshInterval how often the token refresh job runs; it refreshes every token
 * that expires before its next run
 * @param retryInterval how often transiently failed refreshes are retried
 * @param freshness busy data older than this is flagged stale
 * @param fetchTimeout the longest any call to a provider may take
 * @param syncDays how many days ahead busy times are fetched
 * @param google Google Calendar's endpoints and client registration
 * @param maxRetryInterval the longest a transiently failing token refresh waits before
 * its next attempt; the wait doubles from {@code retryInterval} up to this
 * @param allowedFeedHosts hosts ({@code host} or {@code host:port}) a feed URL may point
 * at although they are not public: the demo's own feed, tests' stand-ins; empty in
 * production
 * @param publicBaseUrl how clients reach this server, for the private appointment feed
 * URLs handed to practitioners
 * @param watchInterval how often a {@code calendarConnectionChanged} subscription looks
 * for status changes
 */
@ConfigurationProperties("slotwise.calendar")
public record CalendarSettings(@Nullable String secretKey, Duration defaultBuffer, Duration syncInterval,
		Duration refreshInterval, Duration retryInterval, Duration freshness, Duration fetchTimeout, Integer syncDays,
		Provider google, Duration maxRetryInterval, List<String> allowedFeedHosts, URI publicBaseUrl,
		Duration watchInterval) {

	public CalendarSettings {
		defaultBuffer = (defaultBuffer != null) ? defaultBuffer : Duration.ofMinutes(15);
		syncInterval = (syncInterval != null) ? syncInterval : Duration.ofMinutes(10);
		refreshInterval = (refreshInterval != null) ? refreshInterval : Duration.ofMinutes(30);
		retryInterval = (retryInterval != null) ? retryInterval : Duration.ofMinutes(1);
		freshness = (freshness != null) ? freshness : Duration.ofMinutes(30);
		fetchTimeout = (fetchTimeout != null) ? fetchTimeout : Duration.ofSeconds(5);
		syncDays = (syncDays != null) ? syncDays : 90;
		maxRetryInterval = (maxRetryInterval != null) ? maxRetryInterval : Duration.ofMinutes(15);
		allowedFeedHosts = (allowedFeedHosts != null) ? List.copyOf(allowedFeedHosts) : List.of();
		watchInterval = (watchInterval != null) ? watchInterval : Duration.ofSeconds(5);
		publicBaseUrl = (publicBaseUrl != null) ? publicBaseUrl : URI.create("http://localhost:8080");
		google = (google != null) ? google : new Provider(URI.create("https://accounts.google.com/o/oauth2/v2/auth"),
				URI.create("https://oauth2.googleapis.com/token"), URI.create("https://www.googleapis.com/calendar/v3"),
				"", "", URI.create("http://localhost:8080/oauth/callback"));
	}

	/**
	 * An OAuth2 calendar provider's endpoints and this application's registration there.
	 *
	 * @param apiBase the base URL of its calendar API
	 * @param redirectUri where the provider sends the browser back with code and state
	 */
	public record Provider(URI authorizationUri, URI tokenUri, URI apiBase, String clientId, String clientSecret,
			URI redirectUri) {

		@Override
		public String toString() {
			return "Provider[" + this.tokenUri + ", client " + this.clientId + "]";
		}

	}

}
