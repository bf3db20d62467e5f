package io.slotwise.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.platform.Tokens;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.testing.Clinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A bot that re-sends at once after it was refused is parked, not served: its requests
 * wait in the probation filter holding no thread and are answered {@code SLOWED_DOWN}
 * (HTTP 429) after the delay, before anything parses them; past the cap on parked
 * requests it is answered the same at once. A normal patient on an address of their own
 * searches, holds and books meanwhile without meeting it. Counted by the parked-requests
 * gauge, nothing timed: the delay is long so that the parked requests are still parked
 * when they are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.rate-limits.enabled=true",
				"slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
				"slotwise.rate-limits.buckets.search.per-ip=1", "slotwise.rate-limits.probation.delay=PT10S",
				"slotwise.rate-limits.probation.max-parked=3" })
@ActiveProfiles("test")
class ProbationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBotThatDoesNotWaitIsParkedWhileANormalPatientBooks() throws Exception {
		Clinic clinic = Clinic.open(this.catalog);
		Bot bot = new Bot(this.port, "203.0.113.91", null);
		Map<String, Object> slots = slots(clinic);
		assertThat(Bot.topLevelCode(bot.send(AbuseApiTests.SLOTS, slots))).isNull();
		Map<String, Object> limited = bot.send(AbuseApiTests.SLOTS, slots);
		assertThat(Bot.topLevelCode(limited)).isEqualTo("RATE_LIMITED");
		try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
			List<CompletableFuture<Map<String, Object>>> resent = IntStream.range(0, 3)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> bot.send(AbuseApiTests.SLOTS, slots), threads))
				.toList();
			awaitParked(3);
			// the cap is reached: the next is answered at once, and before any parsing
			Map<String, Object> atOnce = bot.send("{{{ not a GraphQL document", Map.of());
			assertThat(Bot.topLevelCode(atOnce)).isEqualTo("SLOWED_DOWN");
			assertThat(extensions(atOnce)).containsEntry("parked", false)
				.containsEntry("refused", "RATE_LIMITED")
				.hasEntrySatisfying("retryAfterSeconds", (seconds) -> assertThat((Integer) seconds).isPositive());

			Bot patient = new Bot(this.port, "198.51.100.91",
					new Tokens(this.issuer).bearer(UUID.randomUUID(), Role.PATIENT));
			assertThat(Bot.topLevelCode(patient.send(AbuseApiTests.SLOTS, slots))).isNull();
			Object hold = Bot.at(patient.send(AbuseApiTests.HOLD, Map.of("slot", AbuseApiTests.slot(clinic, 3, 10))),
					"holdSlot.hold.id");
			assertThat(Bot.at(patient.send(AbuseApiTests.CONFIRM, Map.of("id", hold)),
					"confirmBooking.appointment.status"))
				.isEqualTo("BOOKED");

			for (CompletableFuture<Map<String, Object>> answer : resent) {
				assertThat(Bot.topLevelCode(answer.join())).isEqualTo("SLOWED_DOWN");
				assertThat(extensions(answer.join())).containsEntry("parked", true);
			}
		}
		awaitParked(0);
	}

	private void awaitParked(int requests) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.meters.get("slotwise.probation.parked").gauge().value() != requests) {
			assertThat(System.nanoTime()).as("%d requests parked", requests).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> response) {
		return (Map<String, Object>) ((List<Map<String, Object>>) response.get("errors")).getFirst().get("extensions");
	}

	private static Map<String, Object> slots(Clinic clinic) {
		LocalDate day = LocalDate.now(AbuseApiTests.NEW_YORK).plusDays(1);
		return Map.of("p", clinic.practitioner().value().toString(), "l", clinic.location().value().toString(), "v",
				clinic.visitType().value().toString(), "from", day.toString(), "to", day.plusDays(2).toString());
	}

}
