package io.slotwise.scheduling.adapter.out.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.CalendarSettings;
import io.slotwise.scheduling.calendar.application.OAuthProvider;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Google's OAuth2 endpoints. Only {@code invalid_grant} (revoked or expired consent)
 * means the practitioner must reconnect; anything else is treated as transient. Token
 * values are never put into a log line or an exception message.
 */
@Component
class GoogleAuthorization implements OAuthProvider {

	/** Free/busy to read, events to write bookings back (issue 10, two-way). */
	private static final String SCOPES = "https://www.googleapis.com/auth/calendar.freebusy"
			+ " https://www.googleapis.com/auth/calendar.events";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CalendarSettings settings;

	private final HttpClient http;

	private final Clock clock;

	GoogleAuthorization(CalendarSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.fetchTimeout()).build();
	}

	@Override
	public CalendarKind kind() {
		return CalendarKind.GOOGLE;
	}

	@Override
	public URI authorizationUri(String state, String codeChallenge) {
		CalendarSettings.Provider google = this.settings.google();
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", google.clientId());
		query.put("redirect_uri", google.redirectUri().toString());
		query.put("scope", SCOPES);
		// Offline access with consent, so Google issues a refresh token every time.
		query.put("access_type", "offline");
		query.put("prompt", "consent");
		query.put("state", state);
		query.put("code_challenge", codeChallenge);
		query.put("code_challenge_method", "S256");
		return URI.create(google.authorizationUri() + "?" + form(query));
	}

	@Override
	public Grant exchange(String code, String codeVerifier) {
		CalendarSettings.Provider google = this.settings.google();
		return token(Map.of("grant_type", "authorization_code", "code", code, "code_verifier", codeVerifier,
				"client_id", google.clientId(), "client_secret", google.clientSecret(), "redirect_uri",
				google.redirectUri().toString()), null);
	}

	@Override
	public Grant refresh(CalendarSecrets.Tokens current) {
		CalendarSettings.Provider google = this.settings.google();
		return token(Map.of("grant_type", "refresh_token", "refresh_token", current.refreshToken(), "client_id",
				google.clientId(), "client_secret", google.clientSecret()), current.refreshToken());
	}

	/**
	 * @param keptRefreshToken used when the answer carries no new refresh token
	 */
	private Grant token(Map<String, String> parameters, String keptRefreshToken) {
		HttpRequest request = HttpRequest.newBuilder(this.settings.google().tokenUri())
			.timeout(this.settings.fetchTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = JSON.readTree(response.body().isBlank() ? "{}" : response.body());
			if (response.statusCode() == 200) {
				Instant expiresAt = this.clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
				String refreshToken = body.path("refresh_token").asString(keptRefreshToken);
				if (refreshToken == null || !body.hasNonNull("access_token")) {
					return new Grant.Unavailable("The token response lacks a token");
				}
				return new Grant.Granted(
						new CalendarSecrets.Tokens(body.get("access_token").asString(), refreshToken, expiresAt));
			}
			String error = body.path("error").asString("HTTP " + response.statusCode());
			return "invalid_grant".equals(error) ? new Grant.Rejected(error)
					: new Grant.Unavailable("Token endpoint answered " + error);
		}
		catch (IOException | JacksonException ex) {
			return new Grant.Unavailable("Token endpoint unreachable: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Grant.Unavailable("Interrupted");
		}
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
