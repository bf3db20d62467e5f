package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.Tokens;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Every top-level error a client can receive carries {@code extensions.code}: a document
 * that does not parse or validate, a missing or insufficient token, and subscriptions
 * that refuse (the hold countdown for an anonymous client, for another patient's hold and
 * for an unknown hold).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TypedErrorsApiTests {

	static final String HOLD_STATE = "subscription($id: ID!) { holdState(holdId: $id) { status } }";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Test
	void documentsThatDoNotParseOrValidateCarryACode() {
		assertThat(codes(GraphQlClients.http(this.port, null).document("{ serverTime ")))
			.containsExactly("GRAPHQL_PARSE_FAILED");
		assertThat(codes(GraphQlClients.http(this.port, null).document("{ noSuchField }")))
			.containsExactly("GRAPHQL_VALIDATION_FAILED");
		assertThat(codes(GraphQlClients.http(this.port, null)
			.document("query($n: Int) { myAppointments(first: $n) { edges { cursor } } }")
			.variable("n", "many"))).containsExactly("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void authorizationFailuresCarryACode() {
		String document = "{ myAppointments(first: 1) { edges { cursor } } }";
		assertThat(codes(GraphQlClients.http(this.port, null).document(document))).containsExactly("UNAUTHENTICATED");
		assertThat(codes(GraphQlClients.http(this.port, tokens().bearer(Role.STAFF)).document(document)))
			.containsExactly("FORBIDDEN");
	}

	@Test
	void theHoldCountdownRefusesTyped() {
		Clinic clinic = Clinic.open(this.catalog);
		ZoneId zone = ZoneId.of("America/New_York");
		Map<String, Object> slot = Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
				clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
				LocalDate.now(zone).plusDays(3).atTime(11, 0).atZone(zone).toInstant().toString());
		String aliceHold = GraphQlClients.http(this.port, tokens().bearer(Role.PATIENT))
			.document("mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } } }")
			.variable("slot", slot)
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		assertThat(subscriptionCodes(null, aliceHold)).containsExactly("UNAUTHENTICATED");
		assertThat(subscriptionCodes(tokens().bearer(Role.PATIENT), aliceHold)).containsExactly("HOLD_NOT_FOUND");
		assertThat(subscriptionCodes(tokens().bearer(Role.PATIENT), UUID.randomUUID().toString()))
			.containsExactly("HOLD_NOT_FOUND");
		assertThat(subscriptionCodes(tokens().bearer(Role.PATIENT), "not-a-hold-id"))
			.containsExactly("VALIDATION_FAILED");
	}

	private List<@Nullable Object> subscriptionCodes(@Nullable String authorization, String holdId) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return (authorization != null) ? Mono.just(Map.of("Authorization", authorization)) : Mono.empty();
				}
			})
			.build();
		try {
			return tester.document(HOLD_STATE)
				.variable("id", holdId)
				.executeSubscription()
				.toFlux()
				.take(1)
				.map((response) -> {
					List<@Nullable Object> codes = new java.util.ArrayList<>();
					response.errors().satisfy((errors) -> errors.forEach((error) -> codes.add(code(error))));
					return codes;
				})
				.onErrorResume(SubscriptionErrorException.class,
						(failure) -> Flux.just(failure.getErrors().stream().map(TypedErrorsApiTests::code).toList()))
				.blockFirst(Duration.ofSeconds(30));
		}
		finally {
			tester.stop().block(Duration.ofSeconds(5));
		}
	}

	private static List<@Nullable Object> codes(GraphQlTester.Request<?> request) {
		List<@Nullable Object> codes = new java.util.ArrayList<>();
		request.execute().errors().satisfy((errors) -> errors.forEach((error) -> codes.add(code(error))));
		return codes;
	}

	private static @Nullable Object code(ResponseError error) {
		return error.getExtensions().get("code");
	}

	private Tokens tokens() {
		return new Tokens(this.issuer);
	}

}
