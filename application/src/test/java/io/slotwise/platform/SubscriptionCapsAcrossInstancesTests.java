package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.slotwise.SlotwiseApplication;
import io.slotwise.platform.analytics.MutableClock;
import io.slotwise.platform.ratelimit.SubscriptionLeases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Anonymous subscriptions per client address are capped across instances: two application
 * contexts on one PostgreSQL and one Redis, each with its own web server, count one
 * address's live subscriptions together; a subscription that ends gives its slot back on
 * every instance, and the leases of an instance that died run out instead of holding the
 * address's slots for ever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.security.anonymous-subscriptions.per-connection=5",
				"slotwise.security.anonymous-subscriptions.per-address=3",
				"slotwise.security.anonymous-subscriptions.lease=PT1M",
				"slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1" })
@ActiveProfiles("test")
@Import(WebSocketLimitsApiTests.ControlledClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionCapsAcrossInstancesTests {

	static final String TICKS = "subscription { serverClock(everySeconds: 60) }";

	static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.data.redis.host", "spring.data.redis.port",
			"spring.data.redis.database", "slotwise.security.anonymous-subscriptions.per-connection",
			"slotwise.security.anonymous-subscriptions.per-address", "slotwise.rate-limits.trusted-proxies");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MutableClock clock;

	@Autowired
	SubscriptionLeases leases;

	ConfigurableApplicationContext second;

	int secondPort;

	@BeforeAll
	void secondInstance() {
		// as arguments, not default properties: application.yaml's values must not win
		List<String> shared = new ArrayList<>();
		SHARED.forEach((key) -> shared.add("--" + key + "=" + this.environment.getRequiredProperty(key)));
		shared.add("--server.port=0");
		this.second = new SpringApplicationBuilder(SlotwiseApplication.class).profiles("test")
			.run(shared.toArray(String[]::new));
		this.secondPort = Integer.parseInt(this.second.getEnvironment().getRequiredProperty("local.server.port"));
	}

	// The second instance runs on the system clock; the instances' clocks agree, as in
	// production, until a test moves this one.
	@BeforeEach
	void clocksAgree() {
		this.clock.set(Instant.now());
	}

	@AfterAll
	void stopSecondInstance() {
		if (this.second != null) {
			this.second.close();
		}
	}

	@Test
	void oneAddressMeetsOneCapOnBothInstances() {
		String address = "203.0.113.21";
		List<Disposable> open = new ArrayList<>();
		WebSocketGraphQlTester first = tester(this.port, address);
		WebSocketGraphQlTester second = tester(this.secondPort, address);
		open.add(WebSocketLimitsApiTests.subscribe(first));
		open.add(WebSocketLimitsApiTests.subscribe(first));
		open.add(WebSocketLimitsApiTests.subscribe(second));
		refusedPerAddress(second);
		refusedPerAddress(first);
		// another address is not affected
		WebSocketGraphQlTester neighbour = tester(this.secondPort, "198.51.100.21");
		open.add(WebSocketLimitsApiTests.subscribe(neighbour));
		// one of the first instance's streams ends: the second instance may open one
		open.removeFirst().dispose();
		assertThat(eventually(() -> accepts(second))).isTrue();
		open.forEach(Disposable::dispose);
		List.of(first, second, neighbour).forEach((tester) -> tester.stop().block(Duration.ofSeconds(5)));
	}

	@Test
	void theLeasesOfAnInstanceThatDiedRunOut() {
		String address = "203.0.113.22";
		// an instance took the address's three leases and died: nobody renews or drops
		// them
		for (int i = 0; i < 3; i++) {
			assertThat(this.leases.take(address, UUID.randomUUID().toString(), 3, this.clock.instant(),
					Duration.ofMinutes(1)))
				.isEqualTo(SubscriptionLeases.Taking.TAKEN);
		}
		WebSocketGraphQlTester first = tester(this.port, address);
		refusedPerAddress(first);
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		Disposable after = WebSocketLimitsApiTests.subscribe(first);
		after.dispose();
		first.stop().block(Duration.ofSeconds(5));
	}

	private boolean accepts(WebSocketGraphQlTester tester) {
		List<Object> seen = new ArrayList<>();
		tester.document(TICKS)
			.executeSubscription()
			.toFlux("serverClock", Instant.class)
			.take(1)
			.onErrorResume((error) -> Mono.empty())
			.doOnNext(seen::add)
			.blockLast(Duration.ofSeconds(10));
		return !seen.isEmpty();
	}

	private static boolean eventually(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Mono.delay(Duration.ofMillis(100)).block();
		}
		return false;
	}

	private static void refusedPerAddress(WebSocketGraphQlTester tester) {
		StepVerifier.create(tester.document(TICKS).executeSubscription().toFlux("serverClock", Instant.class))
			.expectErrorSatisfies((error) -> assertThat(error.toString()).contains("per address"))
			.verify(Duration.ofSeconds(10));
	}

	private static WebSocketGraphQlTester tester(int port, String address) {
		return WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new StandardWebSocketClient())
			.header("X-Forwarded-For", address)
			.build();
	}

}
