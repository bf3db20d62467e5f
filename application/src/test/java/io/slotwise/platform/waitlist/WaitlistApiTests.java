package io.slotwise.platform.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.awaitility.Awaitility.await;

/**
 * The waitlist through the real HTTP and WebSocket transports: patients join with
 * preferences, staff rank and prioritise, a cancellation reaches exactly the top three
 * over the {@code waitlistOffers} subscription with 15/10/5-minute windows, the first to
 * accept is booked and the others are withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WaitlistApiTests {

	static final String JOIN = """
			mutation($p: WaitlistPreferencesInput!) { joinWaitlist(input: {preferences: $p}) {
			  entry { id status channels minimumNotice } errors { code field } } }""";

	static final String OFFERS = """
			{ myOffers(first: 5) { edges { node { id rank start offeredAt deadline othersOffered status
			  appointmentId } } } }""";

	static final String ACCEPT = """
			mutation($id: ID!) { acceptOffer(input: {offerId: $id}) { offer { status appointmentId }
			  errors { code } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aCancellationReachesTheTopThreeAndTheFirstToAcceptIsBooked() {
		Clinic clinic = Clinic.open(this.catalog);
		// the clinic's first working hours are new capacity too (they open rounds for
		// whoever waits): seen before anyone joins
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from waitlist.hours_seen where practitioner_id = ?",
					Integer.class, clinic.practitioner().value()) > 0);
		ZoneId zone = ZoneId.of("America/New_York");
		LocalDate day = LocalDate.now(zone).plusDays(2);
		Instant start = day.atTime(10, 0).atZone(zone).toInstant();
		String staff = bearer(UUID.randomUUID(), Map.of("locations", List.of(clinic.location().value().toString())),
				Role.STAFF);
		String appointment = graphQl(staff)
			.document("mutation($s: SlotInput!, $p: ID!) { bookWithoutHold(input: {slot: $s, patientId: $p}) {"
					+ " appointment { id } errors { code } } }")
			.variable("s",
					Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
							clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(),
							"start", start.toString()))
			.variable("p", UUID.randomUUID().toString())
			.execute()
			.path("bookWithoutHold.appointment.id")
			.entity(String.class)
			.get();

		List<String> patients = new ArrayList<>();
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			patients.add(bearer(UUID.randomUUID(), Map.of(), Role.PATIENT));
		}
		Map<String, Object> base = Map.of("visitTypeId", clinic.visitType().value().toString(), "locationIds",
				List.of(clinic.location().value().toString()), "earliest", day.minusDays(1).toString(), "latest",
				day.plusDays(5).toString());
		// ranked by priority (staff), then by flexibility: any time, then a morning
		// window
		// and two hours' notice, then only mornings of that weekday; the last only
		// accepts another weekday
		entries.add(join(patients.get(0), with(base, Map.of())));
		entries.add(join(patients.get(1), with(base, Map.of())));
		entries.add(join(patients.get(2), with(base,
				Map.of("windows", List.of(Map.of("from", "08:00", "to", "12:00")), "minimumNotice", "PT2H"))));
		entries.add(join(patients.get(3), with(base, Map.of("daysOfWeek", List.of(day.getDayOfWeek().name()), "windows",
				List.of(Map.of("from", "09:00", "to", "11:00")), "minimumNotice", "PT12H"))));
		entries
			.add(join(patients.get(4), with(base, Map.of("daysOfWeek", List.of(day.getDayOfWeek().plus(1).name())))));
		graphQl(patients.get(0)).document(JOIN)
			.variable("p", with(base, Map.of("latest", day.minusDays(2).toString())))
			.execute()
			.path("joinWaitlist.errors[0].field")
			.entity(String.class)
			.isEqualTo("latest");
		graphQl(staff)
			.document("mutation($id: ID!) { setWaitlistPriority(input: {entryId: $id, priority: 2}) {"
					+ " entry { priority } errors { code } } }")
			.variable("id", entries.get(1))
			.execute()
			.path("setWaitlistPriority.entry.priority")
			.entity(Integer.class)
			.isEqualTo(2);
		graphQl(staff)
			.document("query($l: ID!) { waitlist(locationId: $l, first: 10) { edges { node {"
					+ " entry { id priority } score { fit waited flexibility priority total } } } } }")
			.variable("l", clinic.location().value().toString())
			.execute()
			.path("waitlist.edges[0].node.entry.id")
			.entity(String.class)
			.isEqualTo(entries.get(1))
			.path("waitlist.edges[0].node.score.priority")
			.entity(Double.class)
			.satisfies(
					(priority) -> assertThat(priority).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9)));

		List<Map<String, Object>> notices = new CopyOnWriteArrayList<>();
		List<WebSocketGraphQlTester> sockets = new ArrayList<>();
		List<Disposable> subscriptions = new ArrayList<>();
		for (String patient : patients) {
			WebSocketGraphQlTester socket = socket(patient);
			sockets.add(socket);
			subscriptions
				.add(socket.document("subscription { waitlistOffers { offerId kind deadline othersOffered text } }")
					.executeSubscription()
					.toFlux("waitlistOffers", Map.class)
					.subscribe((notice) -> notices.add(Map.of("patient", patient, "notice", notice))));
		}
		// let the subscriptions reach the server before the cancellation
		await().pollDelay(Duration.ofMillis(500)).until(() -> true);

		graphQl(staff).document("mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) { errors { code } } }")
			.variable("id", appointment)
			.execute()
			.path("cancelBooking.errors")
			.entityList(Object.class)
			.hasSize(0);

		await().atMost(Duration.ofSeconds(10)).until(() -> notices.size() >= 3);
		assertThat(notices).extracting((n) -> n.get("patient"))
			.containsExactlyInAnyOrder(patients.get(1), patients.get(0), patients.get(2));
		assertThat(notices).allSatisfy(
				(n) -> assertThat(((Map<?, ?>) n.get("notice")).get("text").toString()).contains("held for you until")
					.contains("2 other patients"));
		List<Map<String, Object>> offered = new ArrayList<>();
		for (String patient : List.of(patients.get(1), patients.get(0), patients.get(2))) {
			offered.add(
					graphQl(patient).document(OFFERS).execute().path("myOffers.edges[0].node").entity(Map.class).get());
		}
		assertThat(offered)
			.extracting((offer) -> Duration.between(Instant.parse((String) offer.get("offeredAt")),
					Instant.parse((String) offer.get("deadline"))))
			.containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));
		assertThat(offered).extracting((offer) -> offer.get("rank")).containsExactly(1, 2, 3);
		graphQl(patients.get(3)).document(OFFERS).execute().path("myOffers.edges").entityList(Object.class).hasSize(0);
		graphQl(patients.get(4)).document(OFFERS).execute().path("myOffers.edges").entityList(Object.class).hasSize(0);

		graphQl(patients.get(0)).document(ACCEPT)
			.variable("id", offered.get(1).get("id"))
			.execute()
			.path("acceptOffer.offer.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("acceptOffer.offer.appointmentId")
			.hasValue();
		graphQl(patients.get(1)).document(ACCEPT)
			.variable("id", offered.get(0).get("id"))
			.execute()
			.path("acceptOffer.errors[0].code")
			.entity(String.class)
			.isEqualTo("OFFER_TAKEN");
		graphQl(patients.get(2)).document(OFFERS)
			.execute()
			.path("myOffers.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("WITHDRAWN");
		graphQl(patients.get(0)).document("{ myAppointments(first: 5) { edges { node { start status } } } }")
			.execute()
			.path("myAppointments.edges[0].node.start")
			.entity(String.class)
			.isEqualTo(start.toString());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notices.stream()
				.filter((n) -> "WITHDRAWN".equals(((Map<?, ?>) n.get("notice")).get("kind")))
				.count() == 2);
		subscriptions.forEach(Disposable::dispose);
		sockets.forEach((socket) -> socket.stop().block(Duration.ofSeconds(5)));
	}

	private String join(String patient, Map<String, Object> preferences) {
		return graphQl(patient).document(JOIN)
			.variable("p", preferences)
			.execute()
			.path("joinWaitlist.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("joinWaitlist.entry.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
		Map<String, Object> all = new java.util.HashMap<>(base);
		all.putAll(more);
		return all;
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

	HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	String bearer(UUID user, Map<String, Object> claims, Role role) {
		return "Bearer " + this.issuer.issue(user, "Test", List.of(role), claims, Duration.ofMinutes(5));
	}

}
