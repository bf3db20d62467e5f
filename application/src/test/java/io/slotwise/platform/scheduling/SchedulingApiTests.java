package io.slotwise.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testing.Clinic;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Scheduling through the real HTTP and WebSocket transports: typed errors as data, the
 * hold countdown subscription, and who may do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SchedulingApiTests {

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) {
			  hold { id expiresAt start end } blockedUntil errors { code message field } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!) { confirmBooking(input: {holdId: $holdId, idempotencyKey: "once"}) {
			  appointment { id status start } errors { code } } }""";

	static final String CANCEL = """
			mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) {
			  appointment { id status } errors { code } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	Clinic clinic;

	Map<String, Object> slot;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
		LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2);
		this.slot = Map.of("practitionerId", this.clinic.practitioner().value().toString(), "locationId",
				this.clinic.location().value().toString(), "visitTypeId", this.clinic.visitType().value().toString(),
				"start", day.atTime(10, 0).atZone(ZoneId.of("America/New_York")).toInstant().toString());
	}

	@Test
	void holdConfirmAndCancelAsData() {
		UUID alice = UUID.randomUUID();
		HttpGraphQlTester asAlice = graphQl(bearer(alice, Map.of(), Role.PATIENT));
		String holdId = asAlice.document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.path("holdSlot.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		graphQl(bearer(UUID.randomUUID(), Map.of(), Role.PATIENT)).document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.path("holdSlot.errors[0].code")
			.entity(String.class)
			.isEqualTo("SLOT_UNAVAILABLE")
			.path("holdSlot.blockedUntil")
			.hasValue();
		String appointmentId = asAlice.document(CONFIRM)
			.variable("holdId", holdId)
			.execute()
			.path("confirmBooking.appointment.status")
			.entity(String.class)
			.isEqualTo("BOOKED")
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.get();
		asAlice.document(CONFIRM)
			.variable("holdId", holdId)
			.execute()
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.isEqualTo(appointmentId);
		graphQl(bearer(UUID.randomUUID(), Map.of(), Role.PATIENT)).document(CANCEL)
			.variable("id", appointmentId)
			.execute()
			.path("cancelBooking.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
		graphQl(bearer(UUID.randomUUID(), Map.of("locations", List.of(UUID.randomUUID().toString())), Role.STAFF))
			.document(CANCEL)
			.variable("id", appointmentId)
			.execute()
			.path("cancelBooking.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
		graphQl(bearer(UUID.randomUUID(), Map.of("locations", List.of(this.clinic.location().value().toString())),
				Role.STAFF))
			.document(CANCEL)
			.variable("id", appointmentId)
			.execute()
			.path("cancelBooking.appointment.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
	}

	@Test
	void malformedIdsAndABusyPatientAreTypedErrorsThatChangeNothing() {
		HttpGraphQlTester asAlice = graphQl(bearer(UUID.randomUUID(), Map.of(), Role.PATIENT));
		asAlice.document("mutation { releaseHold(input: {holdId: \"nope\"}) { holdId errors { code field } } }")
			.execute()
			.path("releaseHold.holdId")
			.valueIsNull()
			.path("releaseHold.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED")
			.path("releaseHold.errors[0].field")
			.entity(String.class)
			.isEqualTo("input.holdId");
		Map<String, Object> badSlot = new java.util.HashMap<>(this.slot);
		badSlot.put("practitionerId", "not-an-id");
		asAlice.document(HOLD)
			.variable("slot", badSlot)
			.execute()
			.path("holdSlot.hold")
			.valueIsNull()
			.path("holdSlot.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED");
		Map<String, Object> offGrid = new java.util.HashMap<>(this.slot);
		offGrid.put("start", Instant.parse((String) this.slot.get("start")).plusSeconds(420).toString());
		asAlice.document(HOLD)
			.variable("slot", offGrid)
			.execute()
			.path("holdSlot.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED")
			.path("holdSlot.errors[0].field")
			.entity(String.class)
			.isEqualTo("input.slot.start");
		asAlice
			.document("mutation($slot: SlotInput!, $key: String) { bookWithoutHold(input: {slot: $slot, "
					+ "idempotencyKey: $key}) { appointment { id } errors { code field } } }")
			.variable("slot", this.slot)
			.variable("key", "k".repeat(101))
			.execute()
			.path("bookWithoutHold.appointment")
			.valueIsNull()
			.path("bookWithoutHold.errors[0].field")
			.entity(String.class)
			.isEqualTo("input.idempotencyKey");
		// nothing was held by the bad request: the slot is still free for Alice
		String holdId = asAlice.document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		asAlice.document(CONFIRM)
			.variable("holdId", holdId)
			.execute()
			.path("confirmBooking.errors")
			.entityList(Object.class)
			.hasSize(0);
		// the same patient cannot hold what she has just booked: her own time is taken
		asAlice.document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.path("holdSlot.errors[0].code")
			.entity(String.class)
			.isEqualTo("PATIENT_BUSY");
	}

	@Test
	void availableSlotsArePublicAndHoldsNeedAPatient() {
		graphQl(null)
			.document("query($p: ID!, $l: ID!, $v: ID!, $d: Date!) { availableSlots(practitionerId: $p, "
					+ "locationId: $l, visitTypeId: $v, from: $d, to: $d, first: 5) { edges { node { start end } } "
					+ "pageInfo { hasNextPage } } }")
			.variable("p", this.slot.get("practitionerId"))
			.variable("l", this.slot.get("locationId"))
			.variable("v", this.slot.get("visitTypeId"))
			.variable("d", LocalDate.now(ZoneId.of("America/New_York")).plusDays(2).toString())
			.execute()
			.path("availableSlots.edges")
			.entityList(Object.class)
			.hasSize(5)
			.path("availableSlots.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		graphQl(null).document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		graphQl(bearer(UUID.randomUUID(), Map.of(), Role.STAFF)).document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	void holderWatchesTheCountdownOverAnAuthenticatedWebSocket() {
		UUID alice = UUID.randomUUID();
		String token = bearer(alice, Map.of(), Role.PATIENT);
		String holdId = graphQl(token).document(HOLD)
			.variable("slot", this.slot)
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", token));
				}
			})
			.build();
		StepVerifier
			.create(tester.document("subscription($id: ID!) { holdState(holdId: $id) { status secondsLeft } }")
				.variable("id", holdId)
				.executeSubscription()
				.toFlux("holdState", Map.class)
				.take(2))
			.assertNext((state) -> {
				assertThat(state.get("status")).isEqualTo("ACTIVE");
				assertThat((Integer) state.get("secondsLeft")).isBetween(55, 60);
			})
			.assertNext((state) -> assertThat(state.get("status")).isEqualTo("ACTIVE"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		tester.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void availabilitySubscribersSeeAHeldSlotDisappear() {
		String token = bearer(UUID.randomUUID(), Map.of(), Role.PATIENT);
		String day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2).toString();
		List<Object> before = new java.util.ArrayList<>();
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		StepVerifier.create(tester
			.document("subscription($p: ID!, $l: ID!, $v: ID!, $d: Date!) { availabilityChanged("
					+ "practitionerId: $p, locationId: $l, visitTypeId: $v, date: $d) { start } }")
			.variable("p", this.slot.get("practitionerId"))
			.variable("l", this.slot.get("locationId"))
			.variable("v", this.slot.get("visitTypeId"))
			.variable("d", day)
			.executeSubscription()
			.toFlux("availabilityChanged", List.class)
			.take(2)).assertNext((slots) -> {
				assertThat(slots).contains(Map.of("start", this.slot.get("start")));
				before.addAll(slots);
			}).then(() -> graphQl(token).document(HOLD).variable("slot", this.slot).execute()).assertNext((slots) -> {
				// the 30-minute hold at 10:00 removes every slot that overlaps it: 09:45,
				// 10:00, 10:15
				Instant held = Instant.parse((String) this.slot.get("start"));
				List<Object> expected = before.stream().filter((slot) -> {
					Instant start = Instant.parse((String) ((Map<?, ?>) slot).get("start"));
					return !start.isAfter(held.minus(Duration.ofMinutes(30)))
							|| !start.isBefore(held.plus(Duration.ofMinutes(30)));
				}).toList();
				assertThat(before.size() - expected.size()).isEqualTo(3);
				assertThat(slots).containsExactlyElementsOf(expected);
			}).expectComplete().verify(Duration.ofSeconds(10));
		tester.stop().block(Duration.ofSeconds(5));
	}

	HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	String bearer(UUID user, Map<String, Object> claims, Role role) {
		return "Bearer " + this.issuer.issue(user, "Test", List.of(role), claims, Duration.ofMinutes(5));
	}

}
