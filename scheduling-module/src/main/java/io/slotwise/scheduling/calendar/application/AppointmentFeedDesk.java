package io.slotwise.scheduling.calendar.application;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.Location;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.calendar.AppointmentFeeds;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.domain.AppointmentCalendar;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.stereotype.Service;

/**
 * Issues, rotates and revokes practitioners' private appointment feeds and renders them.
 * Tokens are 256 random bits, handed out once and kept only as SHA-256, so a database
 * leak reveals no working URL; a token that does not match (revoked, rotated, guessed)
 * gets the same answer as one that never existed.
 */
@Service
class AppointmentFeedDesk implements AppointmentFeeds {

	/** Past appointments a phone still shows; older ones drop out of the feed. */
	private static final Duration PAST = Duration.ofDays(30);

	private static final Duration AHEAD = Duration.ofDays(366);

	/** Bounds the work one feed request may cause. */
	private static final int MAX_ENTRIES = 2000;

	private static final int MAX_TOKEN_LENGTH = 64;

	private final FeedTokens tokens;

	private final PractitionerAppointments appointments;

	private final SchedulingCatalog catalog;

	private final CalendarAccess access;

	private final CalendarSettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AppointmentFeedDesk(FeedTokens tokens, PractitionerAppointments appointments, SchedulingCatalog catalog,
			CalendarAccess access, CalendarSettings settings, Clock clock) {
		this.tokens = tokens;
		this.appointments = appointments;
		this.catalog = catalog;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Outcome<URI> issueFeed(CalendarCaller caller, PractitionerId practitioner) {
		if (!this.access.mayManage(caller, practitioner)) {
			return forbidden();
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.replace(practitioner, hash(token), this.clock.instant());
		String base = this.settings.publicBaseUrl().toString().replaceAll("/+$", "");
		return Outcome.done(URI.create(base + "/calendar/feeds/" + token + ".ics"));
	}

	@Override
	public Outcome<Boolean> revokeFeed(CalendarCaller caller, PractitionerId practitioner) {
		if (!this.access.mayManage(caller, practitioner)) {
			return forbidden();
		}
		return Outcome.done(this.tokens.revoke(practitioner));
	}

	@Override
	public Optional<String> feed(String token) {
		if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		return this.tokens.practitionerOf(hash(token)).map(this::render);
	}

	private String render(PractitionerId practitioner) {
		Instant now = this.clock.instant();
		List<PractitionerAppointments.Booked> booked = this.appointments.of(practitioner,
				new TimeRange(now.minus(PAST), now.plus(AHEAD)), MAX_ENTRIES);
		Map<LocationId, String> names = booked.stream()
			.map(PractitionerAppointments.Booked::location)
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(location) -> this.catalog.location(location).map(Location::name).orElse("")));
		return AppointmentCalendar.render(booked.stream()
			.map((entry) -> new AppointmentCalendar.Entry(entry.appointment(), entry.time(), entry.cancelled(),
					names.get(entry.location())))
			.toList(), now);
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static <T> Outcome<T> forbidden() {
		return Outcome.refused(Problem.Code.FORBIDDEN, "You may not manage this practitioner's appointment feed");
	}

}
