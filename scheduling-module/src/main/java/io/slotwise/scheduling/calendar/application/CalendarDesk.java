package io.slotwise.scheduling.calendar.application;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.CalendarEvent;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.ManageCalendars;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Connects and manages calendars: checks who may, lets the connection decide, saves,
 * syncs. OAuth uses the authorization-code flow with PKCE (S256) and a one-time state.
 */
@Service
class CalendarDesk implements ManageCalendars {

	private static final Duration AUTHORIZATION_TTL = Duration.ofMinutes(10);

	private final CalendarConnections connections;

	private final PendingAuthorizations pending;

	private final Map<CalendarKind, OAuthProvider> providers;

	private final CalendarSyncing syncing;

	private final CalendarAccess access;

	private final CalendarSettings settings;

	private final ApplicationEventPublisher events;

	private final FeedAddresses feedAddresses;

	private final Clock clock;

	private final ConnectedPractitioners connected;

	private final SecureRandom random = new SecureRandom();

	CalendarDesk(CalendarConnections connections, PendingAuthorizations pending, List<OAuthProvider> providers,
			CalendarSyncing syncing, CalendarAccess access, CalendarSettings settings, ApplicationEventPublisher events,
			FeedAddresses feedAddresses, Clock clock, ConnectedPractitioners connected) {
		this.connections = connections;
		this.connected = connected;
		this.feedAddresses = feedAddresses;
		this.pending = pending;
		this.providers = providers.stream().collect(Collectors.toMap(OAuthProvider::kind, Function.identity()));
		this.syncing = syncing;
		this.access = access;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Outcome<CalendarConnectionDetails> connectFeed(CalendarCaller caller, PractitionerId practitioner,
			URI feedUrl, Optional<Duration> buffer) {
		if (!mayManage(caller, practitioner)) {
			return forbidden();
		}
		if (feedUrl.toString().length() > 2000) {
			return Outcome.refused(Problem.inField("feedUrl", Problem.Code.VALIDATION_FAILED,
					"A feed URL has at most 2000 characters"));
		}
		Optional<Problem> badBuffer = checkBuffer(buffer);
		if (badBuffer.isPresent()) {
			// Before the address check, which may wait for DNS.
			return Outcome.refused(badBuffer.get());
		}
		String scheme = Optional.ofNullable(feedUrl.getScheme()).orElse("").toLowerCase(java.util.Locale.ROOT);
		// webcal:// is how calendar apps spell an https feed.
		URI url = scheme.equals("webcal") ? URI.create("https" + feedUrl.toString().substring("webcal".length()))
				: feedUrl;
		Optional<String> notAllowed = this.feedAddresses.refusal(url);
		if (notAllowed.isPresent()) {
			return Outcome.refused(Problem.inField("feedUrl", Problem.Code.CALENDAR_URL_NOT_ALLOWED,
					notAllowed.get() + "; the feed must be on the public internet"));
		}
		CalendarConnection connection = CalendarConnection.connected(new ConnectionId(UUID.randomUUID()), practitioner,
				CalendarKind.ICAL_FEED, buffer.orElse(this.settings.defaultBuffer()),
				new CalendarSecrets.FeedUrl(url.toString()));
		this.connections.save(connection);
		this.connected.changed();
		return Outcome.done(this.syncing.sync(connection).details());
	}

	@Override
	public Outcome<URI> startAuthorization(CalendarCaller caller, PractitionerId practitioner, CalendarKind kind,
			Optional<Duration> buffer) {
		if (!mayManage(caller, practitioner)) {
			return forbidden();
		}
		OAuthProvider provider = this.providers.get(kind);
		if (provider == null) {
			return Outcome
				.refused(Problem.inField("kind", Problem.Code.VALIDATION_FAILED, "No OAuth provider of kind " + kind));
		}
		Optional<Problem> badBuffer = checkBuffer(buffer);
		if (badBuffer.isPresent()) {
			return Outcome.refused(badBuffer.get());
		}
		String state = randomToken();
		String verifier = randomToken();
		this.pending.save(new PendingAuthorizations.Pending(state, practitioner, kind, verifier,
				buffer.orElse(this.settings.defaultBuffer()), this.clock.instant().plus(AUTHORIZATION_TTL)));
		return Outcome.done(provider.authorizationUri(state, challenge(verifier)));
	}

	@Override
	public Outcome<CalendarConnectionDetails> completeAuthorization(CalendarCaller caller, String state, String code) {
		Optional<PendingAuthorizations.Pending> found = this.pending.take(state, this.clock.instant());
		if (found.isEmpty()) {
			// A forged, replayed or expired state: never exchange the code.
			return Outcome.refused(
					Problem.inField("state", Problem.Code.VALIDATION_FAILED, "Unknown or expired authorization state"));
		}
		PendingAuthorizations.Pending flow = found.get();
		if (!mayManage(caller, flow.practitioner())) {
			return forbidden();
		}
		return switch (this.providers.get(flow.kind()).exchange(code, flow.codeVerifier())) {
			case OAuthProvider.Grant.Granted(CalendarSecrets.Tokens tokens) -> Outcome.done(granted(flow, tokens));
			case OAuthProvider.Grant.Rejected(String reason) -> Outcome
				.refused(Problem.of(Problem.Code.CALENDAR_AUTHORIZATION_FAILED, "The provider refused: " + reason));
			case OAuthProvider.Grant.Unavailable(String reason) -> Outcome.refused(Problem
				.of(Problem.Code.CALENDAR_AUTHORIZATION_FAILED, "The provider could not be reached: " + reason));
		};
	}

	@Override
	public Outcome<CalendarConnectionDetails> disconnect(CalendarCaller caller, ConnectionId id) {
		Optional<CalendarConnection> found = this.connections.find(id);
		if (found.isEmpty() || !mayManage(caller, found.get().practitioner())) {
			return notFound();
		}
		this.connections.delete(id);
		this.connected.changed();
		this.events
			.publishEvent(new CalendarEvent.BusyTimesChanged(id, found.get().practitioner(), this.clock.instant()));
		return Outcome.done(found.get().disconnected("Disconnected by " + caller.id()).details());
	}

	@Override
	public Outcome<CalendarConnectionDetails> refreshNow(CalendarCaller caller, ConnectionId id) {
		Optional<CalendarConnection> found = this.connections.find(id);
		if (found.isEmpty() || !mayManage(caller, found.get().practitioner())) {
			return notFound();
		}
		return Outcome.done(this.syncing.sync(found.get()).details());
	}

	@Override
	public Outcome<List<CalendarConnectionDetails>> connections(CalendarCaller caller, PractitionerId practitioner) {
		if (!mayManage(caller, practitioner)) {
			return forbidden();
		}
		return Outcome
			.done(this.connections.of(List.of(practitioner)).stream().map(CalendarConnection::details).toList());
	}

	private CalendarConnectionDetails granted(PendingAuthorizations.Pending flow, CalendarSecrets.Tokens tokens) {
		Optional<CalendarConnection> existing = this.connections.of(List.of(flow.practitioner()))
			.stream()
			.filter((connection) -> connection.kind() == flow.kind())
			.findFirst();
		CalendarConnection connection = existing.map((found) -> found.granted(tokens))
			.orElseGet(() -> CalendarConnection.connected(new ConnectionId(UUID.randomUUID()), flow.practitioner(),
					flow.kind(), flow.buffer(), tokens));
		this.connections.save(connection);
		if (existing.isEmpty()) {
			this.connected.changed();
		}
		if (existing.isPresent() && existing.get().status() == ConnectionStatus.DISCONNECTED) {
			this.events.publishEvent(
					new CalendarEvent.Reconnected(connection.id(), connection.practitioner(), this.clock.instant()));
		}
		return this.syncing.sync(connection).details();
	}

	private boolean mayManage(CalendarCaller caller, PractitionerId practitioner) {
		return this.access.mayManage(caller, practitioner);
	}

	private static Optional<Problem> checkBuffer(Optional<Duration> buffer) {
		return buffer.filter((b) -> b.isNegative() || b.compareTo(CalendarConnection.MAX_BUFFER) > 0)
			.map((b) -> Problem.inField("buffer", Problem.Code.VALIDATION_FAILED,
					"A buffer is between 0 and " + CalendarConnection.MAX_BUFFER));
	}

	private String randomToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static <T> Outcome<T> forbidden() {
		return Outcome.refused(Problem.Code.FORBIDDEN, "You may not manage this practitioner's calendars");
	}

	private static <T> Outcome<T> notFound() {
		// A connection the caller may not see looks the same as a missing one.
		return Outcome.refused(Problem.Code.NOT_FOUND, "No such calendar connection");
	}

}
