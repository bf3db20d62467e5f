package io.slotwise.platform.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.slotwise.testing.WebhookReceiver;
import io.slotwise.platform.GraphQlClients;
import io.slotwise.testing.MutableClock;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.PatientId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Every "Done when" of the waitlist issue, in sequence, through the real HTTP and
 * WebSocket transports with a real SMTP server (GreenMail), a real webhook receiver and
 * the application's clock under the test's control: bookings are made, patients with
 * different preferences join, a cancellation reaches exactly the top three on every
 * channel with 15/10/5-minute windows, a replayed cancellation sends nothing twice, the
 * first to accept is booked and the others withdrawn; on a second slot an expiry cascade
 * reaches candidate 4 and the exhausted list frees the slot; on a third two simultaneous
 * acceptances make one booking and one OFFER_TAKEN. Every refusal of acceptOffer and
 * declineOffer is answered with its code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WaitlistJourneyApiTests {

	static final String SECRET = "journey-secret";

	static final GreenMail smtp = new GreenMail(
			new ServerSetup(WebhookReceiver.freePort(), null, ServerSetup.PROTOCOL_SMTP));

	static final WebhookReceiver webhook = WebhookReceiver.start((delivery) -> delivery.endsWith(":OFFERED"));

	static {
		smtp.start();
	}

	static final String JOIN = """
			mutation($p: WaitlistPreferencesInput!) { joinWaitlist(input: {preferences: $p}) {
			  entry { id } errors { code field } } }""";

	static final String OFFERS = """
			{ myOffers(first: 10) { edges { node { id rank start offeredAt deadline othersOffered status
			  appointmentId } } } }""";

	static final String ACCEPT = """
			mutation($id: ID!) { acceptOffer(input: {offerId: $id}) { offer { status appointmentId }
			  errors { code } } }""";

	static final String DECLINE = """
			mutation($id: ID!) { declineOffer(input: {offerId: $id}) { offer { status } errors { code } } }""";

	static final String ROUNDS = """
			query($l: ID!) { waitlistRounds(locationId: $l, first: 10) { edges { node { cause status start
			  candidateCount candidates { rank patientId offerStatus
			  score { fit waited flexibility priority total } } } } } }""";

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("slotwise.waitlist.webhooks[0].name", () -> "journey");
		registry.add("slotwise.waitlist.webhooks[0].url", webhook::url);
		registry.add("slotwise.waitlist.webhooks[0].secret", () -> SECRET);
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		webhook.stop();
	}

	/** Real time plus an offset the test moves: windows lapse without sleeping. */
	@TestConfiguration
	static class MovableClock {

		@Bean
		@Primary
		MutableClock offsetClock() {
			return new MutableClock();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	final ZoneId zone = ZoneId.of("America/New_York");

	Clinic clinic;

	String staff;

	LocalDate day;

	@Test
	void everyDoneWhenInSequence() throws Exception {
		this.clinic = Clinic.open(this.catalog);
		// the clinic's first working hours are new capacity too (they open rounds for
		// whoever waits): seen before anyone joins
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from waitlist.hours_seen where practitioner_id = ?",
					Integer.class, this.clinic.practitioner().value()) > 0);
		this.staff = bearer(UUID.randomUUID(), Map.of("locations", List.of(id(this.clinic.location().value()))),
				Role.STAFF);
		this.day = LocalDate.now(this.zone).plusDays(2);

		// bookings made
		Booked first = bookAt(10, 0);
		Booked second = bookAt(9, 0);
		Booked third = bookAt(10, 30);

		// patients with different preferences join: rank order by the documented score
		// is p0 (named practitioner, urgent), p1 (named practitioner), p2 (anyone, 2 h
		// notice), p4 (anyone, 4 h notice), p3 (that weekday 09-11 only, 12 h notice);
		// p5 wants another weekday and p6 five days' notice, so no slot here suits them
		DayOfWeek weekday = this.day.getDayOfWeek();
		List<String> patients = new ArrayList<>();
		List<UUID> patientIds = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			UUID id = UUID.randomUUID();
			patientIds.add(id);
			patients.add(bearer(id, Map.of(), Role.PATIENT));
		}
		String practitioner = id(this.clinic.practitioner().value());
		String urgent = join(patients.get(0), Map.of("practitionerIds", List.of(practitioner), "channels",
				List.of("IN_APP", "EMAIL"), "email", "p0@example.com"));
		join(patients.get(1), Map.of("practitionerIds", List.of(practitioner), "channels", List.of("EMAIL"), "email",
				"p1@example.com"));
		join(patients.get(2), Map.of("minimumNotice", "PT2H"));
		join(patients.get(3), Map.of("daysOfWeek", List.of(weekday.name()), "windows",
				List.of(Map.of("from", "09:00", "to", "11:00")), "minimumNotice", "PT12H"));
		join(patients.get(4), Map.of("minimumNotice", "PT4H"));
		join(patients.get(5), Map.of("daysOfWeek", List.of(weekday.plus(1).name())));
		join(patients.get(6), Map.of("minimumNotice", "P5D"));
		graphQl(this.staff)
			.document("mutation($id: ID!) { setWaitlistPriority(input: {entryId: $id, priority: 3}) {"
					+ " entry { priority } errors { code } } }")
			.variable("id", urgent)
			.execute()
			.path("setWaitlistPriority.errors")
			.entityList(Object.class)
			.hasSize(0);

		// the in-app channel: every patient subscribed before the cancellation
		List<Map<String, Object>> notices = new CopyOnWriteArrayList<>();
		List<WebSocketGraphQlTester> sockets = new ArrayList<>();
		List<Disposable> subscriptions = new ArrayList<>();
		for (int i = 0; i < patients.size(); i++) {
			UUID patient = patientIds.get(i);
			WebSocketGraphQlTester socket = socket(patients.get(i));
			sockets.add(socket);
			subscriptions.add(socket
				.document("subscription { waitlistOffers { offerId kind start deadline othersOffered text } }")
				.executeSubscription()
				.toFlux("waitlistOffers", Map.class)
				.subscribe((notice) -> notices.add(Map.of("patient", patient, "notice", notice))));
		}
		// the subscriptions reach the server before the cancellation: a ping over each
		// socket is answered after its subscribe message was read
		for (WebSocketGraphQlTester socket : sockets) {
			socket.document("{ serverTime }").execute().path("serverTime").hasValue();
		}

		// 1. a cancellation -> exactly the right three, with 15/10/5-minute windows, on
		// every channel they chose plus the webhook
		cancel(first);
		List<Map<String, Object>> offered = awaitOffers(patients.subList(0, 3), first);
		Map<String, Object> round = rounds().getFirst();
		assertThat(round.get("cause")).isEqualTo("cancelled:" + first.appointment());
		List<Map<String, Object>> candidates = candidates(round);
		assertThat(candidates).extracting((c) -> c.get("patientId"))
			.containsExactly(id(patientIds.get(0)), id(patientIds.get(1)), id(patientIds.get(2)), id(patientIds.get(4)),
					id(patientIds.get(3)));
		assertThat(candidates).extracting((c) -> ((Number) ((Map<?, ?>) c.get("score")).get("total")).doubleValue())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(offered).extracting((offer) -> offer.get("rank")).containsExactly(1, 2, 3);
		assertThat(offered).extracting(WaitlistJourneyApiTests::window)
			.containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));
		assertThat(offered).allSatisfy((offer) -> {
			assertThat(offer.get("othersOffered")).isEqualTo(2);
			assertThat(offer.get("start")).isEqualTo(first.start().toString());
		});
		for (int i = 3; i < patients.size(); i++) {
			assertThat(offersOf(patients.get(i))).as("patient %d", i).isEmpty();
		}
		List<String> offerIds = offered.stream().map((offer) -> (String) offer.get("id")).toList();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(notices).filteredOn((n) -> "OFFERED".equals(notice(n).get("kind")))
				.extracting((n) -> n.get("patient"))
				.containsExactlyInAnyOrder(patientIds.get(0), patientIds.get(2));
			assertThat(offerMails()).extracting(WaitlistJourneyApiTests::recipient)
				.containsExactlyInAnyOrder("p0@example.com", "p1@example.com");
			assertThat(webhook.calls()).extracting((call) -> call.get("offer"))
				.containsExactlyInAnyOrderElementsOf(offerIds);
		});
		assertThat(notices).filteredOn((n) -> n.get("patient").equals(patientIds.get(0)))
			.singleElement()
			.satisfies((n) -> assertThat(notice(n).get("text").toString()).contains("held for you until")
				.contains("15 minutes")
				.contains("2 other patients"));
		for (Map<String, String> call : webhook.calls()) {
			assertThat(call.get("signature"))
				.isEqualTo("sha256=" + hmac(call.get("timestamp") + "." + call.get("body")));
		}

		// 2. the cancellation event replayed: no second offer, no second message
		int mails = smtp.getReceivedMessages().length;
		int calls = webhook.calls().size();
		int inApp = notices.size();
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new BookingEvent.Cancelled(
				new AppointmentId(UUID.fromString(first.appointment())), new PatientId(first.owner()),
				this.clinic.practitioner(), this.clinic.location(), this.clinic.visitType(), first.start(),
				first.start().plus(Duration.ofMinutes(30)), this.clock.instant())));
		awaitHandled(first.appointment());
		assertThat(patients.stream().mapToInt((p) -> offersOf(p).size()).sum()).isEqualTo(3);
		assertThat(smtp.getReceivedMessages()).hasSize(mails);
		assertThat(webhook.calls()).hasSize(calls);
		assertThat(notices).hasSize(inApp);

		// 3. the first to accept (rank 2 here) is booked; the others are withdrawn, and
		// an acceptance after the slot went to another answers OFFER_TAKEN
		graphQl(patients.get(1)).document(ACCEPT)
			.variable("id", offerIds.get(1))
			.execute()
			.path("acceptOffer.offer.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("acceptOffer.offer.appointmentId")
			.hasValue();
		assertThat(refusal(patients.get(0), ACCEPT, offerIds.get(0))).isEqualTo("OFFER_TAKEN");
		assertThat(offersOf(patients.get(2)).getFirst().get("status")).isEqualTo("WITHDRAWN");
		graphQl(patients.get(1)).document("{ myAppointments(first: 5) { edges { node { start status } } } }")
			.execute()
			.path("myAppointments.edges[0].node.start")
			.entity(String.class)
			.isEqualTo(first.start().toString());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(notices).filteredOn((n) -> "WITHDRAWN".equals(notice(n).get("kind")))
				.extracting((n) -> n.get("patient"))
				.containsExactlyInAnyOrder(patientIds.get(0), patientIds.get(2)));

		// 4. a second slot: candidates p0, p2, p4, p3 (p1 is booked); the third window
		// lapses on the moved clock and the cascade reaches candidate 4 (p3)
		cancel(second);
		List<Map<String, Object>> secondOffers = awaitOffers(List.of(patients.get(0), patients.get(2), patients.get(4)),
				second);
		assertThat(offersOf(patients.get(3))).isEmpty();
		this.clock.advance(Duration.ofMinutes(6));
		await().atMost(Duration.ofSeconds(30)).until(() -> !offersOf(patients.get(3)).isEmpty());
		Map<String, Object> fourth = offersOf(patients.get(3)).getFirst();
		assertThat(fourth.get("rank")).isEqualTo(4);
		assertThat(fourth.get("start")).isEqualTo(second.start().toString());
		assertThat(window(fourth)).isEqualTo(Duration.ofMinutes(5));
		assertThat(refusal(patients.get(4), ACCEPT, (String) secondOffers.get(2).get("id"))).isEqualTo("OFFER_EXPIRED");
		// a declined offer cannot be accepted afterwards, nor declined twice
		graphQl(patients.get(2)).document(DECLINE)
			.variable("id", secondOffers.get(1).get("id"))
			.execute()
			.path("declineOffer.offer.status")
			.entity(String.class)
			.isEqualTo("DECLINED");
		assertThat(refusal(patients.get(2), ACCEPT, (String) secondOffers.get(1).get("id")))
			.isEqualTo("OFFER_WITHDRAWN");
		assertThat(refusal(patients.get(2), DECLINE, (String) secondOffers.get(1).get("id")))
			.isEqualTo("OFFER_WITHDRAWN");
		assertThat(publicStarts()).doesNotContain(second.start().toString());
		// 5. everyone lapses or declines: the exhausted list frees the slot to the public
		graphQl(patients.get(0)).document(DECLINE)
			.variable("id", secondOffers.get(0).get("id"))
			.execute()
			.path("declineOffer.errors")
			.entityList(Object.class)
			.hasSize(0);
		this.clock.advance(Duration.ofMinutes(6));
		await().atMost(Duration.ofSeconds(30)).until(() -> publicStarts().contains(second.start().toString()));
		assertThat(rounds()).filteredOn((r) -> r.get("cause").equals("cancelled:" + second.appointment()))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("status")).isEqualTo("EXHAUSTED"));

		// 6. a third slot: two candidates accept at the same instant -> one booking, the
		// other OFFER_TAKEN
		cancel(third);
		List<Map<String, Object>> thirdOffers = awaitOffers(List.of(patients.get(0), patients.get(2), patients.get(4)),
				third);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<Map<String, Object>>> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String patient = List.of(patients.get(0), patients.get(2)).get(i);
			String offer = (String) thirdOffers.get(i).get("id");
			answers.add(threads.submit(() -> {
				go.await();
				return graphQl(patient).document(ACCEPT)
					.variable("id", offer)
					.execute()
					.path("acceptOffer")
					.entity(Map.class)
					.get();
			}));
		}
		go.countDown();
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (Future<Map<String, Object>> answer : answers) {
			outcomes.add(answer.get());
		}
		threads.shutdown();
		assertThat(outcomes).filteredOn((o) -> o.get("offer") != null)
			.singleElement()
			.satisfies((o) -> assertThat(((Map<?, ?>) o.get("offer")).get("status")).isEqualTo("ACCEPTED"));
		assertThat(outcomes).filteredOn((o) -> o.get("offer") == null)
			.singleElement()
			.satisfies((o) -> assertThat(o.get("errors").toString()).contains("OFFER_TAKEN"));
		assertThat(List.of(patients.get(0), patients.get(2))
			.stream()
			.filter((patient) -> appointmentStarts(patient).contains(third.start().toString()))
			.count()).isOne();

		// 7. the remaining refusals: an unknown offer, and someone else's offer
		assertThat(refusal(patients.get(4), ACCEPT, UUID.randomUUID().toString())).isEqualTo("NOT_FOUND");
		assertThat(refusal(patients.get(4), DECLINE, UUID.randomUUID().toString())).isEqualTo("NOT_FOUND");
		assertThat(refusal(patients.get(4), ACCEPT, (String) thirdOffers.get(0).get("id"))).isEqualTo("NOT_FOUND");
		assertThat(refusal(patients.get(4), DECLINE, (String) thirdOffers.get(0).get("id"))).isEqualTo("NOT_FOUND");

		// staff of another location do not see the rounds; patients may not ask
		graphQl(bearer(UUID.randomUUID(), Map.of("locations", List.of(UUID.randomUUID().toString())), Role.STAFF))
			.document(ROUNDS)
			.variable("l", id(this.clinic.location().value()))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		graphQl(patients.get(0)).document(ROUNDS)
			.variable("l", id(this.clinic.location().value()))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());

		subscriptions.forEach(Disposable::dispose);
		sockets.forEach((socket) -> socket.stop().block(Duration.ofSeconds(5)));
	}

	/** A booking made by staff for a patient of its own, to be cancelled. */
	record Booked(String appointment, UUID owner, Instant start) {
	}

	private Booked bookAt(int hour, int minute) {
		Instant start = this.day.atTime(hour, minute).atZone(this.zone).toInstant();
		UUID owner = UUID.randomUUID();
		String appointment = graphQl(this.staff)
			.document("mutation($s: SlotInput!, $p: ID!) { bookWithoutHold(input: {slot: $s, patientId: $p}) {"
					+ " appointment { id } errors { code } } }")
			.variable("s",
					Map.of("practitionerId", id(this.clinic.practitioner().value()), "locationId",
							id(this.clinic.location().value()), "visitTypeId", id(this.clinic.visitType().value()),
							"start", start.toString()))
			.variable("p", owner.toString())
			.execute()
			.path("bookWithoutHold.appointment.id")
			.entity(String.class)
			.get();
		return new Booked(appointment, owner, start);
	}

	private void cancel(Booked booked) {
		graphQl(this.staff)
			.document("mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) { errors { code } } }")
			.variable("id", booked.appointment())
			.execute()
			.path("cancelBooking.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String join(String patient, Map<String, Object> preferences) {
		Map<String, Object> all = new HashMap<>(Map.of("visitTypeId", id(this.clinic.visitType().value()),
				"locationIds", List.of(id(this.clinic.location().value())), "earliest",
				this.day.minusDays(1).toString(), "latest", this.day.plusDays(5).toString()));
		all.putAll(preferences);
		return graphQl(patient).document(JOIN)
			.variable("p", all)
			.execute()
			.path("joinWaitlist.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("joinWaitlist.entry.id")
			.entity(String.class)
			.get();
	}

	/** The newest offer of each patient, by rank, once each has one of the slot. */
	private List<Map<String, Object>> awaitOffers(List<String> patients, Booked slot) {
		AtomicReference<List<Map<String, Object>>> found = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<Map<String, Object>> offers = new ArrayList<>();
			for (String patient : patients) {
				List<Map<String, Object>> mine = offersOf(patient);
				if (mine.isEmpty() || !slot.start().toString().equals(mine.getFirst().get("start"))) {
					return false;
				}
				offers.add(mine.getFirst());
			}
			found.set(offers);
			return true;
		});
		return found.get()
			.stream()
			.sorted(java.util.Comparator.comparingInt((Map<String, Object> offer) -> (Integer) offer.get("rank")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> offersOf(String patient) {
		return graphQl(patient).document(OFFERS)
			.execute()
			.path("myOffers.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((offer) -> (Map<String, Object>) offer)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rounds() {
		return graphQl(this.staff).document(ROUNDS)
			.variable("l", id(this.clinic.location().value()))
			.execute()
			.path("waitlistRounds.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((r) -> (Map<String, Object>) r)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> candidates(Map<String, Object> round) {
		return (List<Map<String, Object>>) round.get("candidates");
	}

	private String refusal(String patient, String document, String offer) {
		return graphQl(patient).document(document)
			.variable("id", offer)
			.execute()
			.path(document.contains("acceptOffer") ? "acceptOffer.errors[0].code" : "declineOffer.errors[0].code")
			.entity(String.class)
			.get();
	}

	private List<String> appointmentStarts(String patient) {
		return graphQl(patient).document("{ myAppointments(first: 10) { edges { node { start } } } }")
			.execute()
			.path("myAppointments.edges[*].node.start")
			.entityList(String.class)
			.get();
	}

	private List<String> publicStarts() {
		return graphQl(this.staff)
			.document("query($p: ID!, $l: ID!, $v: ID!, $d: Date!) { availableSlots(practitionerId: $p,"
					+ " locationId: $l, visitTypeId: $v, from: $d, to: $d, first: 100) { edges { node { start } } } }")
			.variable("p", id(this.clinic.practitioner().value()))
			.variable("l", id(this.clinic.location().value()))
			.variable("v", id(this.clinic.visitType().value()))
			.variable("d", this.day.toString())
			.execute()
			.path("availableSlots.edges[*].node.start")
			.entityList(String.class)
			.get();
	}

	/** The waitlist's listeners have handled every publication naming the appointment. */
	private void awaitHandled(String appointment) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null"
							+ " and listener_id like '%waitlist%' and serialized_event like ?",
					Integer.class, "%" + appointment + "%") == 0);
	}

	private static Duration window(Map<String, Object> offer) {
		return Duration.between(Instant.parse((String) offer.get("offeredAt")),
				Instant.parse((String) offer.get("deadline")));
	}

	private static Map<?, ?> notice(Map<String, Object> received) {
		return (Map<?, ?>) received.get("notice");
	}

	private static String id(UUID id) {
		return id.toString();
	}

	private WebSocketGraphQlTester socket(String token) {
		return WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", token));
				}
			})
			.build();
	}

	private HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	private String bearer(UUID user, Map<String, Object> claims, Role role) {
		return "Bearer " + this.issuer.issue(user, "Test", List.of(role), claims, Duration.ofMinutes(30));
	}

	private static List<MimeMessage> offerMails() {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return mail.getSubject().startsWith("An earlier appointment");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hmac(String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
