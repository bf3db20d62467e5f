package io.slotwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_WRITTEN_EVENT;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.instances.SecondSchedulingInstance;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.CalendarEvent;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.CalendarSyncStatus;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.ManageCalendars;
import io.slotwise.scheduling.calendar.WatchCalendars;
import io.slotwise.scheduling.calendar.application.TokenRefreshing;
import io.slotwise.scheduling.calendar.application.WriteBackDue;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Google Calendar against a local stand-in of its token endpoint and freeBusy API: the
 * PKCE flow, free/busy mapped to conflicts, proactive refresh on an injected clock,
 * invalid_grant disconnecting, a slow provider, and refresh racing on real threads. The
 * stand-in grants access tokens for an hour; a code or refresh token starting with
 * "revoked" is refused with invalid_grant.
 */
@ApplicationModuleTest
class GoogleCalendarTests extends SchedulingTestSupport {

	static final ProviderStandIn google = start();

	static final String EVENTS = "/calendar/v3/calendars/primary/events";

	@Autowired
	ManageCalendars calendars;

	@Autowired
	CalendarSyncStatus syncStatus;

	@Autowired
	TokenRefreshing refreshing;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	Environment environment;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	RescheduleBooking reschedule;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	WatchCalendars watch;

	@DynamicPropertySource
	static void googleIsLocal(DynamicPropertyRegistry properties) {
		properties.add("slotwise.calendar.google.authorization-uri", () -> google.uri("/o/oauth2/v2/auth"));
		properties.add("slotwise.calendar.google.token-uri", () -> google.uri("/token"));
		properties.add("slotwise.calendar.google.api-base", () -> google.uri("/calendar/v3"));
		properties.add("slotwise.calendar.google.client-id", () -> "slotwise-test");
		properties.add("slotwise.calendar.google.client-secret", () -> "client-secret");
		properties.add("slotwise.calendar.google.redirect-uri", () -> "http://localhost/oauth/callback");
	}

	@AfterAll
	static void stop() {
		google.close();
	}

	@Test
	void pkceFlowConnectsAndFreeBusyBlocksTheSlotAndItsBuffer() throws Exception {
		Clinic clinic = clinic(1, 1, 1);
		busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
		CalendarConnectionDetails connection = connect(clinic, "code-" + UUID.randomUUID());
		assertThat(connection.status()).isEqualTo(ConnectionStatus.CONNECTED);
		assertThat(connection.lastSyncedAt()).isPresent();

		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(11, 0)))))
					.code())
			.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(11, 15)))));
		assertThat(google.requests("/calendar/v3/freeBusy").getLast().authorization()).startsWith("Bearer access-");
	}

	@Test
	void aStateIsCheckedAndUsedOnce() {
		Clinic clinic = clinic(1, 1, 1);
		URI started = done(this.calendars.startAuthorization(self(clinic), clinic.practitioner(), CalendarKind.GOOGLE,
				Optional.empty()));
		String state = query(started).get("state");
		google.answer("/token", (request) -> token(request, query(started).get("code_challenge")));
		assertThat(refused(this.calendars.completeAuthorization(self(clinic), "forged", "code-1")).field())
			.contains("state");
		done(this.calendars.completeAuthorization(self(clinic), state, "code-" + UUID.randomUUID()));
		assertThat(refused(this.calendars.completeAuthorization(self(clinic), state, "code-2")).field())
			.contains("state");
	}

	@Test
	void tokensAreRefreshedBeforeTheyExpireNotEarlier() {
		Clinic clinic = clinic(1, 1, 1);
		busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
		String code = "code-" + UUID.randomUUID();
		connect(clinic, code);
		this.refreshing.refreshExpiring();
		assertThat(refreshesOf("refresh-" + code)).as("valid for another hour").isZero();

		// 40 minutes on, the token expires in 20: before the next run (30) plus margin.
		this.clock.advance(Duration.ofMinutes(40));
		this.refreshing.refreshExpiring();
		this.refreshing.refreshExpiring();
		assertThat(refreshesOf("refresh-" + code)).isOne();
	}

	@Test
	void transientRefreshFailuresBackOffWithADoublingBoundedDelay() {
		Clinic clinic = clinic(1, 1, 1);
		busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
		String code = "code-" + UUID.randomUUID();
		URI started = done(this.calendars.startAuthorization(self(clinic), clinic.practitioner(), CalendarKind.GOOGLE,
				Optional.empty()));
		String challenge = query(started).get("code_challenge");
		google.answer("/token", (request) -> ("refresh-" + code).equals(form(request.body()).get("refresh_token"))
				? ProviderStandIn.Answer.json(503, "{\"error\":\"backend_error\"}") : token(request, challenge));
		done(this.calendars.completeAuthorization(self(clinic), query(started).get("state"), code));

		this.clock.advance(Duration.ofMinutes(40));
		this.refreshing.refreshExpiring();
		assertThat(refreshesOf("refresh-" + code)).isOne();
		// Waits of 1, 2, 4, 8 minutes, then 15 (the bound) instead of 16.
		int attempts = 1;
		for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15))) {
			this.clock.advance(wait.minusSeconds(1));
			this.refreshing.refreshExpiring();
			assertThat(refreshesOf("refresh-" + code)).as("1 s before the %s wait ends", wait).isEqualTo(attempts);
			this.clock.advance(Duration.ofSeconds(1));
			this.refreshing.refreshExpiring();
			attempts++;
			assertThat(refreshesOf("refresh-" + code)).as("once the %s wait ends", wait).isEqualTo(attempts);
		}
		CalendarConnectionDetails failing = done(this.calendars.connections(self(clinic), clinic.practitioner()))
			.getFirst();
		assertThat(failing.status()).as("transient: still connected").isEqualTo(ConnectionStatus.CONNECTED);
		assertThat(failing.lastError()).hasValueSatisfying((error) -> assertThat(error).contains("backend_error"));
	}

	@Test
	void bookingsAreWrittenBackOnceMovedRemovedAndNeverComeBackAsConflicts() {
		Clinic clinic = clinic(1, 1, 1);
		noneBusy();
		CalendarConnectionDetails connection = connect(clinic, "code-" + UUID.randomUUID());
		Set<String> inGoogle = ConcurrentHashMap.newKeySet();
		google.answer(EVENTS,
				(request) -> inGoogle.add(eventIdIn(request.body())) ? ProviderStandIn.Answer.json(200, "{}")
						: ProviderStandIn.Answer.json(409, "{\"error\":\"duplicate\"}"));
		PatientId patient = Clinic.patient();
		AppointmentDetails booked = done(this.book.bookWithoutHold(clinic.staff(), patient,
				clinic.procedure(clinic.at(2, LocalTime.of(10, 0))), Optional.empty()));
		String eventId = "slot" + booked.id().value().toString().replace("-", "");
		google.answer(EVENTS + "/" + eventId, ProviderStandIn.Answer.json(200, "{}"));
		await().untilAsserted(() -> assertThat(written(booked)).isPresent());
		ProviderStandIn.Request insert = inserts(eventId).getFirst();
		assertThat(insert.authorization()).startsWith("Bearer access-");
		assertThat(insert.body()).contains(booked.start().toString(), "Busy (Slotwise)")
			.doesNotContain(patient.value().toString());

		// Google now reports our own event as busy: it neither blocks the next slot (it
		// would, with the 15-minute buffer) nor conflicts.
		google.answer("/calendar/v3/freeBusy",
				ProviderStandIn.Answer.json(200, "{\"calendars\":{\"primary\":{\"busy\":[{\"start\":\"" + booked.start()
						+ "\",\"end\":\"" + booked.end() + "\"}]}}}"));
		done(this.calendars.refreshNow(self(clinic), connection.id()));
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 30)))));

		// A replay after our record was lost inserts again; Google refuses the duplicate
		// id and there is still one event.
		this.db.deleteFrom(CALENDAR_WRITTEN_EVENT)
			.where(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID.eq(booked.id().value()))
			.execute();
		BookingEvent.Confirmed confirmed = this.events.ofType(BookingEvent.Confirmed.class)
			.stream()
			.filter((event) -> event.appointment().equals(booked.id()))
			.findFirst()
			.orElseThrow();
		this.transactions.executeWithoutResult((tx) -> this.publisher.publishEvent(confirmed));
		await().untilAsserted(() -> assertThat(written(booked)).isPresent());
		assertThat(inserts(eventId)).hasSize(2);
		assertThat(inGoogle).containsExactly(eventId);

		AppointmentDetails moved = done(
				this.reschedule.rescheduleBooking(clinic.staff(), booked.id(), clinic.at(2, LocalTime.of(14, 0))));
		await().untilAsserted(() -> assertThat(google.requests(EVENTS + "/" + eventId)).anyMatch(
				(request) -> request.method().equals("PATCH") && request.body().contains(moved.start().toString())));
		await().untilAsserted(() -> assertThat(written(booked)).hasValue(moved.start()));

		done(this.cancel.cancelBooking(clinic.staff(), booked.id()));
		await().untilAsserted(() -> assertThat(google.requests(EVENTS + "/" + eventId))
			.anyMatch((request) -> request.method().equals("DELETE")));
		await().untilAsserted(() -> assertThat(written(booked)).isEmpty());
		assertThat(inserts(eventId)).hasSize(2);
	}

	@Test
	void aFailedWriteBackIsRetriedAndNeverFailsTheBooking() {
		Clinic clinic = clinic(1, 1, 1);
		noneBusy();
		connect(clinic, "code-" + UUID.randomUUID());
		AtomicInteger calls = new AtomicInteger();
		google.answer(EVENTS,
				(request) -> (calls.incrementAndGet() == 1)
						? ProviderStandIn.Answer.json(503, "{\"error\":\"backendError\"}")
						: ProviderStandIn.Answer.json(200, "{}"));
		AppointmentDetails booked = done(this.book.bookWithoutHold(clinic.staff(), Clinic.patient(),
				clinic.procedure(clinic.at(2, LocalTime.of(10, 0))), Optional.empty()));
		await().untilAsserted(() -> assertThat(calls).hasValue(1));
		assertThat(written(booked)).isEmpty();

		// The scheduled resubmission, run by hand until the failed publication is
		// retried.
		await().pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			this.incomplete
				.resubmitIncompletePublications((publication) -> publication.getEvent() instanceof WriteBackDue);
			assertThat(written(booked)).isPresent();
		});
		assertThat(calls.get()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void thePractitionerIsToldWhenTheProviderDisconnectsTheirCalendar() {
		Clinic clinic = clinic(1, 1, 1);
		noneBusy();
		CalendarConnectionDetails connection = connect(clinic, "revoked-later-" + UUID.randomUUID());
		reactor.core.publisher.Flux<CalendarConnectionDetails> changes = done(
				this.watch.changes(self(clinic), clinic.practitioner()));
		assertThat(refused(this.watch.changes(CalendarCaller.practitioner(new PractitionerId(UUID.randomUUID())),
				clinic.practitioner()))
			.code()).isEqualTo(Problem.Code.FORBIDDEN);

		java.util.concurrent.CompletableFuture<CalendarConnectionDetails> told = changes.next().toFuture();
		this.clock.advance(Duration.ofMinutes(40));
		this.refreshing.refreshExpiring();
		CalendarConnectionDetails notice = told.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
		assertThat(notice.id()).isEqualTo(connection.id());
		assertThat(notice.status()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(notice.lastError()).hasValueSatisfying((error) -> assertThat(error).contains("invalid_grant"));
	}

	@Test
	void invalidGrantDisconnectsStopsCountingAndFlagsTheAvailability() {
		Clinic clinic = clinic(1, 1, 1);
		busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
		CalendarConnectionDetails connection = connect(clinic, "revoked-later-" + UUID.randomUUID());
		assertThat(
				refused(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))))
					.code())
			.isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);

		this.clock.advance(Duration.ofMinutes(40));
		this.refreshing.refreshExpiring();
		CalendarConnectionDetails after = done(this.calendars.connections(self(clinic), clinic.practitioner()))
			.getFirst();
		assertThat(after.status()).isEqualTo(ConnectionStatus.DISCONNECTED);
		assertThat(after.lastError()).hasValueSatisfying((error) -> assertThat(error).contains("invalid_grant"));
		assertThat(this.syncStatus.syncOf(List.of(clinic.practitioner())).get(clinic.practitioner()).outOfSync())
			.isTrue();
		assertThat(this.events.ofType(CalendarEvent.Disconnected.class))
			.anyMatch((event) -> event.connection().equals(connection.id()));
		done(this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));

		// Reconnecting restores it.
		CalendarConnectionDetails back = connect(clinic, "code-" + UUID.randomUUID());
		assertThat(back.id()).isEqualTo(connection.id());
		assertThat(back.status()).isEqualTo(ConnectionStatus.CONNECTED);
		assertThat(this.syncStatus.syncOf(List.of(clinic.practitioner())).get(clinic.practitioner()).outOfSync())
			.isFalse();
	}

	@Test
	void aSlowFreeBusyApiDoesNotDelayBooking() {
		Clinic clinic = clinic(1, 1, 1);
		busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
		CalendarConnectionDetails connection = connect(clinic, "code-" + UUID.randomUUID());
		google.answer("/calendar/v3/freeBusy",
				ProviderStandIn.Answer.json(200, "{\"calendars\":{\"primary\":{\"busy\":[]}}}")
					.after(Duration.ofSeconds(5)));
		long started = System.nanoTime();
		CalendarConnectionDetails refreshed = done(this.calendars.refreshNow(self(clinic), connection.id()));
		long refreshMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(refreshed.lastError()).isPresent();
		started = System.nanoTime();
		Problem problem = refused(
				this.holdSlot.holdSlot(Clinic.patient(), clinic.procedure(clinic.at(2, LocalTime.of(10, 0)))));
		long holdMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(problem.code()).isEqualTo(Problem.Code.EXTERNAL_CALENDAR_CONFLICT);
		assertThat(refreshMillis).isLessThan(4_000);
		System.out.printf("slow freeBusy: refresh gave up after %d ms; a hold answered in %d ms%n", refreshMillis,
				holdMillis);
	}

	@Test
	void racingRefreshRunsRefreshEachTokenExactlyOnce() throws Exception {
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Clinic clinic = clinic(1, 1, 1);
			String code = "code-" + UUID.randomUUID();
			busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
			connect(clinic, code);
			codes.add(code);
		}
		this.clock.advance(Duration.ofMinutes(40));
		int runs = 4;
		ExecutorService threads = Executors.newFixedThreadPool(runs);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> results = new java.util.ArrayList<>();
		for (int i = 0; i < runs; i++) {
			results.add(threads.submit(() -> {
				go.await();
				return this.refreshing.refreshExpiring();
			}));
		}
		go.countDown();
		for (Future<Integer> result : results) {
			result.get();
		}
		threads.shutdown();
		for (String code : codes) {
			assertThat(refreshesOf("refresh-" + code)).as(code).isOne();
		}
	}

	/**
	 * The seed checklist's "check calendar sync -> verify token refresh" with two
	 * instances: a second application context on the same PostgreSQL and Redis runs the
	 * refresh job at the same moment; each due token is refreshed once, not twice.
	 */
	@Test
	void twoInstancesRefreshEachDueTokenExactlyOnce() throws Exception {
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Clinic clinic = clinic(1, 1, 1);
			String code = "code-" + UUID.randomUUID();
			busyAt(clinic, 2, LocalTime.of(10, 0), LocalTime.of(11, 0));
			connect(clinic, code);
			codes.add(code);
		}
		try (ConfigurableApplicationContext second = secondInstance()) {
			TokenRefreshing otherInstance = second.getBean(TokenRefreshing.class);
			this.clock.advance(Duration.ofMinutes(40));
			second.getBean(MutableClock.class).advance(Duration.ofMinutes(40));
			ExecutorService threads = Executors.newFixedThreadPool(2);
			CountDownLatch go = new CountDownLatch(1);
			Future<Integer> here = threads.submit(() -> {
				go.await();
				return this.refreshing.refreshExpiring();
			});
			Future<Integer> there = threads.submit(() -> {
				go.await();
				return otherInstance.refreshExpiring();
			});
			go.countDown();
			threads.shutdown();
			// The instances' own scheduled retry may have claimed a token a moment before
			// the race and still be refreshing it: wait for every refresh to land, then
			// check none happened twice.
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> codes
					.forEach((code) -> assertThat(refreshesOf("refresh-" + code)).as(code).isPositive()));
			for (String code : codes) {
				assertThat(refreshesOf("refresh-" + code)).as(code).isOne();
			}
			System.out.printf("two instances: %d and %d tokens refreshed, none twice%n", here.get(), there.get());
		}
	}

	private ConfigurableApplicationContext secondInstance() {
		return SecondSchedulingInstance.start(this.environment, "slotwise.calendar.google.token-uri",
				"slotwise.calendar.google.api-base", "slotwise.calendar.google.client-id",
				"slotwise.calendar.google.client-secret");
	}

	private CalendarConnectionDetails connect(Clinic clinic, String code) {
		URI started = done(this.calendars.startAuthorization(self(clinic), clinic.practitioner(), CalendarKind.GOOGLE,
				Optional.empty()));
		Map<String, String> query = query(started);
		assertThat(query).containsEntry("code_challenge_method", "S256").containsEntry("client_id", "slotwise-test");
		google.answer("/token", (request) -> token(request, query.get("code_challenge")));
		return done(this.calendars.completeAuthorization(self(clinic), query.get("state"), code));
	}

	/**
	 * The token endpoint: checks PKCE on exchange, refuses codes/tokens starting
	 * "revoked".
	 */
	private static ProviderStandIn.Answer token(ProviderStandIn.Request request, String challenge) {
		Map<String, String> form = form(request.body());
		if ("authorization_code".equals(form.get("grant_type"))) {
			if (!challenge.equals(s256(form.get("code_verifier")))) {
				return ProviderStandIn.Answer.json(400, "{\"error\":\"invalid_grant\"}");
			}
			return granted("access-" + UUID.randomUUID(), "refresh-" + form.get("code"));
		}
		String refreshToken = form.get("refresh_token");
		if (refreshToken.startsWith("refresh-revoked")) {
			return ProviderStandIn.Answer.json(400,
					"{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
		}
		return granted("access-" + UUID.randomUUID(), null);
	}

	private static ProviderStandIn.Answer granted(String access, String refresh) {
		return ProviderStandIn.Answer.json(200, "{\"access_token\":\"" + access + "\",\"expires_in\":3600"
				+ ((refresh != null) ? ",\"refresh_token\":\"" + refresh + "\"" : "") + ",\"token_type\":\"Bearer\"}");
	}

	private void noneBusy() {
		google.answer("/calendar/v3/freeBusy",
				ProviderStandIn.Answer.json(200, "{\"calendars\":{\"primary\":{\"busy\":[]}}}"));
	}

	private Optional<Instant> written(AppointmentDetails booked) {
		return this.db.select(CALENDAR_WRITTEN_EVENT.STARTS_AT)
			.from(CALENDAR_WRITTEN_EVENT)
			.where(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID.eq(booked.id().value()))
			.fetchOptional((row) -> row.value1().toInstant());
	}

	private static List<ProviderStandIn.Request> inserts(String eventId) {
		return google.requests(EVENTS).stream().filter((request) -> eventId.equals(eventIdIn(request.body()))).toList();
	}

	private static String eventIdIn(String json) {
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		return id.find() ? id.group(1) : "";
	}

	private static org.awaitility.core.ConditionFactory await() {
		return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60));
	}

	private void busyAt(Clinic clinic, int daysAhead, LocalTime from, LocalTime to) {
		Instant start = clinic.at(daysAhead, from);
		Instant end = clinic.at(daysAhead, to);
		google.answer("/calendar/v3/freeBusy",
				ProviderStandIn.Answer.json(200,
						"{\"kind\":\"calendar#freeBusy\",\"calendars\":{\"primary\":{\"busy\":[{\"start\":\"" + start
								+ "\",\"end\":\"" + end + "\"}]}}}"));
	}

	private static long refreshesOf(String refreshToken) {
		return google.requests("/token")
			.stream()
			.map((request) -> form(request.body()))
			.filter((form) -> "refresh_token".equals(form.get("grant_type"))
					&& refreshToken.equals(form.get("refresh_token")))
			.count();
	}

	private static CalendarCaller self(Clinic clinic) {
		PractitionerId practitioner = clinic.practitioner();
		return CalendarCaller.practitioner(practitioner);
	}

	private static Map<String, String> query(URI uri) {
		return form(uri.getRawQuery());
	}

	private static Map<String, String> form(String encoded) {
		return Arrays.stream(encoded.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	private static String s256(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ProviderStandIn start() {
		try {
			return new ProviderStandIn();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
