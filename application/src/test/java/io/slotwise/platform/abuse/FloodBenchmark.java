package io.slotwise.platform.abuse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.platform.Tokens;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.catalog.SeedCatalog;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A scripted flood of expensive searches from one address while a normal patient holds
 * and books from another, through HTTP with the production rate limits and anti-hoarding
 * rules: the patient's hold + confirm latency under the flood, beside the same bookings
 * with no flood, beside a raw PostgreSQL round trip and a raw Redis PING. Prints figures,
 * asserts nothing timed.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.rate-limits.enabled=true",
				"slotwise.rate-limits.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
				"slotwise.scheduling.anti-hoarding.enabled=true" })
@ActiveProfiles("test")
@TestPropertySource(properties = "slotwise.test.catalog=benchmark")
class FloodBenchmark {

	static final String SEARCH = """
			query($from: Date!, $to: Date!) { searchPractitioners(input: {zip: "10001", radius: 50,
			  specialty: "FAMILY_MEDICINE", from: $from, to: $to}, first: 50) {
			  edges { node { matchScore nextSlots { start } urgency { slotsLeftThisWeek } } } } }""";

	static final int BOOKINGS = 30;

	static final int FLOOD_THREADS = 8;

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	SeedCatalog seed;

	@Autowired
	DSLContext db;

	@Autowired
	RedissonClient redis;

	@Test
	void bookingUnderASearchFlood() throws Exception {
		this.seed.seed(new SeedCatalog.NetworkShape(13, 150, 300, Optional.empty()));
		Clinic quiet = Clinic.open(this.catalog);
		Clinic flooded = Clinic.open(this.catalog);
		long[] raw = new long[200];
		long[] ping = new long[200];
		for (int i = 0; i < raw.length; i++) {
			long start = System.nanoTime();
			this.db.selectOne().fetch();
			raw[i] = System.nanoTime() - start;
			start = System.nanoTime();
			this.redis.getKeys().count();
			ping[i] = System.nanoTime() - start;
		}
		print("raw PostgreSQL round trip (SELECT 1)", raw, 0);
		print("raw Redis round trip (DBSIZE)", ping, 0);
		long quietStarted = System.nanoTime();
		long[] alone = book(quiet);
		print("hold + confirm, no flood", alone, System.nanoTime() - quietStarted);

		AtomicBoolean flooding = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Bot bot = new Bot(this.port, "203.0.113.66", null);
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		Map<String, Object> range = Map.of("from", today.toString(), "to", today.plusDays(14).toString());
		try (ExecutorService pool = Executors.newFixedThreadPool(FLOOD_THREADS)) {
			for (int t = 0; t < FLOOD_THREADS; t++) {
				pool.submit(() -> {
					while (flooding.get()) {
						Map<String, Object> response = bot.send(SEARCH, range);
						if (response == null || Bot.topLevelCode(response) != null) {
							refused.incrementAndGet();
						}
						else {
							answered.incrementAndGet();
						}
					}
				});
			}
			// let the flood reach full pressure first
			while (answered.get() + refused.get() < 100) {
				Thread.onSpinWait();
			}
			long floodStarted = System.nanoTime();
			long[] underFlood = book(flooded);
			long elapsed = System.nanoTime() - floodStarted;
			flooding.set(false);
			print("hold + confirm, under the flood", underFlood, elapsed);
		}
		int total = answered.get() + refused.get();
		System.out.printf("flood from one address: %d searches sent, %d answered, %d refused (%.0f%%)%n", total,
				answered.get(), refused.get(), 100.0 * refused.get() / Math.max(1, total));
	}

	/** One new patient per booking, on an address of their own: a normal patient each. */
	private long[] book(Clinic clinic) {
		long[] nanos = new long[BOOKINGS];
		LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(3);
		for (int i = 0; i < BOOKINGS; i++) {
			Bot patient = new Bot(this.port, "198.51.100." + (i + 1),
					new Tokens(this.issuer).bearer(UUID.randomUUID(), Role.PATIENT));
			Map<String, Object> slot = Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
					clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
					day.plusDays(i / 16)
						.atTime(8, 0)
						.plusMinutes(30L * (i % 16))
						.atZone(ZoneId.of("America/New_York"))
						.toInstant()
						.toString());
			long start = System.nanoTime();
			Object hold = Bot.at(patient.send(AbuseApiTests.HOLD, Map.of("slot", slot)), "holdSlot.hold.id");
			Object status = (hold != null) ? Bot.at(patient.send(AbuseApiTests.CONFIRM, Map.of("id", hold)),
					"confirmBooking.appointment.status") : null;
			nanos[i] = System.nanoTime() - start;
			if (!"BOOKED".equals(status)) {
				throw new IllegalStateException("booking " + i + " failed");
			}
		}
		return nanos;
	}

	private static void print(String what, long[] nanos, long elapsedNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		String throughput = (elapsedNanos > 0) ? String.format(", %.1f bookings/s", nanos.length / (elapsedNanos / 1e9))
				: "";
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d%s)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1 - sorted.length / 100] / 1e6,
				sorted.length, throughput);
	}

}
