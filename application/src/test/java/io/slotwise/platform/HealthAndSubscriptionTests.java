package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Operational surface: health with database and Redis indicators, and GraphQL
 * subscriptions over WebSocket on the same {@code /graphql} path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthAndSubscriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Test
	void healthIsUpWithDatabaseAndRedisForAdmins() {
		Map<String, Object> health = health("/actuator/health", new Tokens(this.issuer).bearer(Role.ADMIN));
		assertThat(health).containsEntry("status", "UP");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.get("components");
		assertThat(components.get("db")).containsEntry("status", "UP");
		assertThat(components.get("redis")).containsEntry("status", "UP");
	}

	@Test
	void anyoneSeesTheStatusAndTheProbesButNoDetails() {
		// the status and the names of the probe groups, never components or details
		assertThat(health("/actuator/health", null)).containsEntry("status", "UP")
			.doesNotContainKeys("components", "details");
		assertThat(health("/actuator/health", new Tokens(this.issuer).bearer(Role.STAFF)))
			.doesNotContainKeys("components", "details");
		assertThat(health("/actuator/health/liveness", null)).containsEntry("status", "UP");
		assertThat(health("/actuator/health/readiness", null)).containsEntry("status", "UP");
	}

	private Map<String, Object> health(String path, String authorization) {
		WebTestClient.RequestHeadersSpec<?> request = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri(path);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		// one GraphQL request, so the GraphQL timers exist whatever order the tests run
		// in
		client.post().uri("/graphql").bodyValue(Map.of("query", "{ __typename }")).exchange().expectStatus().isOk();
		client.get()
			.uri("/actuator/prometheus")
			.header("Authorization", new Tokens(this.issuer).bearer(Role.ADMIN))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("jvm_memory_used_bytes").contains("graphql"));
	}

	@Test
	void subscriptionsRunOverWebSocketOnTheGraphQlPath() {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		Flux<Instant> ticks = tester.document("subscription { serverClock(everySeconds: 1) }")
			.executeSubscription()
			.toFlux("serverClock", Instant.class);
		List<Instant> received = ticks.take(2).collectList().block(Duration.ofSeconds(10));
		// two ticks of the server's clock, one second apart (the interval asked for),
		// close to now
		assertThat(received).hasSize(2);
		assertThat(Duration.between(received.get(0), received.get(1))).isBetween(Duration.ofMillis(900),
				Duration.ofMillis(1500));
		assertThat(received.get(0)).isBetween(Instant.now().minusSeconds(10), Instant.now());
		tester.stop().block(Duration.ofSeconds(5));
	}

}
