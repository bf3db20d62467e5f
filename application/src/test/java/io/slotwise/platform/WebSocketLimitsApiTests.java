package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.slotwise.platform.analytics.MutableClock;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * WebSocket connections as an attacker would use them: kept open past the token's expiry,
 * or opened anonymously by the dozen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.security.anonymous-subscriptions.per-connection=2",
				"slotwise.security.anonymous-subscriptions.per-address=3" })
@ActiveProfiles("test")
class WebSocketLimitsApiTests {

	static final String TICKS = "subscription { serverClock(everySeconds: 60) }";

	@TestConfiguration
	static class ControlledClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MutableClock clock;

	@Test
	void aConnectionIsClosedOnceItsTokenExpired() {
		WebSocketGraphQlTester tester = tester(new Tokens(this.issuer).bearer(Role.PATIENT));
		StepVerifier.create(tester.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class).take(1))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		// The token lives five minutes. The test clock started with the context, possibly
		// minutes before the token was issued: move it six minutes past whichever is
		// later.
		Duration behind = Duration.between(this.clock.instant(), Instant.now());
		this.clock.advance((behind.isNegative() ? Duration.ZERO : behind).plusMinutes(6));
		StepVerifier.create(tester.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class).take(1))
			.expectErrorSatisfies((error) -> assertThat(error.toString()).containsAnyOf("4401", "closed", "Closed"))
			.verify(Duration.ofSeconds(10));
		tester.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void anonymousSubscriptionsAreCappedPerConnectionAndPerAddress() {
		List<Disposable> open = new ArrayList<>();
		WebSocketGraphQlTester first = tester(null);
		open.add(subscribe(first));
		open.add(subscribe(first));
		StepVerifier.create(first.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class))
			.expectErrorSatisfies((error) -> assertThat(error.toString()).contains("per connection"))
			.verify(Duration.ofSeconds(10));
		WebSocketGraphQlTester second = tester(null);
		open.add(subscribe(second));
		StepVerifier.create(second.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class))
			.expectErrorSatisfies((error) -> assertThat(error.toString()).contains("per address"))
			.verify(Duration.ofSeconds(10));
		// a signed-in client is not affected
		WebSocketGraphQlTester signedIn = tester(new Tokens(this.issuer).bearer(Role.PATIENT));
		StepVerifier.create(signedIn.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class).take(1))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		open.forEach(Disposable::dispose);
		List.of(first, second, signedIn).forEach((tester) -> tester.stop().block(Duration.ofSeconds(5)));
	}

	// The first tick comes at once; the stream then stays open for a minute.
	static Disposable subscribe(WebSocketGraphQlTester tester) {
		List<Instant> ticks = new ArrayList<>();
		Disposable subscription = tester.document(TICKS)
			.executeSubscription()
			.toFlux("serverClock", Instant.class)
			.subscribe(ticks::add);
		Mono.delay(Duration.ofMillis(50)).repeat(() -> ticks.isEmpty()).blockLast(Duration.ofSeconds(10));
		assertThat(ticks).hasSize(1);
		return subscription;
	}

	private WebSocketGraphQlTester tester(String authorization) {
		WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient());
		if (authorization != null) {
			builder.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", authorization));
				}
			});
		}
		return builder.build();
	}

}
