package io.slotwise.platform.waitlist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.slotwise.testing.WebhookReceiver;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.catalog.SeedCatalog.SeedReport;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Offer latency on the large network (1,000 locations, 10,000 practitioners) with 100,000
 * waiting entries: from the cancellation (its commit happens inside the call) until every
 * offer of the freed slot is delivered on every channel of its patient plus the webhook
 * (the outbox's sent_at of the last delivery), with a real SMTP server (GreenMail) and a
 * real HTTP webhook receiver. Prints p50/p95/p99 and the matching query's plan. Not part
 * of the build; see waitlist-module/README.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "slotwise.test.catalog=benchmark")
class WaitlistBenchmark {

	static final int ENTRIES = 100_000;

	static final int ROUNDS = 60;

	static final GreenMail smtp = new GreenMail(
			new ServerSetup(WebhookReceiver.freePort(), null, ServerSetup.PROTOCOL_SMTP));

	static final WebhookReceiver webhook = WebhookReceiver.start((delivery) -> false);

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("slotwise.waitlist.webhooks[0].name", () -> "gateway");
		registry.add("slotwise.waitlist.webhooks[0].url", webhook::url);
		registry.add("slotwise.waitlist.webhooks[0].secret", () -> "benchmark-secret");
	}

	@Autowired
	SeedCatalog seed;

	@Autowired
	FindPractitioners practitioners;

	@Autowired
	BrowseVisitTypes visitTypes;

	@Autowired
	SchedulingCatalog catalog;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	BookWithoutHold book;

	@Autowired
	CancelBooking cancel;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.redisson.api.RedissonClient redisson;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Test
	void offerLatency() throws Exception {
		SeedReport report = this.seed.seed(NetworkShape.large());
		System.out.printf("large network: %d locations, %d practitioners, %d visit types%n", report.locations(),
				report.practitioners(), report.visitTypes());
		List<VisitType> types = this.visitTypes.visitTypes(null, 0, 500);
		List<Practitioner> people = this.practitioners.practitioners(PractitionerFilter.any(), 0, 2000);
		List<UUID> locationIds = people.stream()
			.flatMap((p) -> p.locations().stream())
			.map(LocationId::value)
			.distinct()
			.toList();
		long seeding = System.nanoTime();
		seedEntries(types.stream().map((type) -> type.id().value()).toList(), locationIds);
		System.out.printf("%d waitlist entries inserted in %d ms%n", ENTRIES,
				(System.nanoTime() - seeding) / 1_000_000);
		this.jdbc.execute("ANALYZE waitlist.entry");

		List<SlotRequest> freed = freeSlots(types);
		System.out.printf("%d freed slots to measure%n", freed.size());
		long loop = System.nanoTime();
		long[] latency = new long[freed.size()];
		long[] cancelCall = new long[freed.size()];
		int offered = 0;
		int timeouts = 0;
		for (int i = 0; i < freed.size(); i++) {
			PatientId owner = new PatientId(UUID.randomUUID());
			Outcome<AppointmentDetails> booking = this.book.bookWithoutHold(Requester.patient(owner), owner,
					freed.get(i), Optional.empty());
			if (!(booking instanceof Outcome.Done<AppointmentDetails>(AppointmentDetails booked))) {
				// an earlier round's offer hold still holds an overlapping slot
				latency[i] = -1;
				cancelCall[i] = -1;
				continue;
			}
			long start = System.nanoTime();
			done(this.cancel.cancelBooking(Requester.patient(owner), booked.id()));
			cancelCall[i] = System.nanoTime() - start;
			String cause = "cancelled:" + booked.id().value();
			int expected = expectedDeliveries(cause);
			long giveUp = start + Duration.ofSeconds(30).toNanos();
			while ((sent(cause) < expected || expected == 0 && !roundClosed(cause)) && System.nanoTime() < giveUp) {
				Thread.sleep(2);
				expected = expectedDeliveries(cause);
			}
			if (System.nanoTime() >= giveUp) {
				timeouts++;
			}
			latency[i] = System.nanoTime() - start;
			if (expected > 0) {
				offered++;
			}
			else {
				// no candidate: not a delivery
				latency[i] = -1;
			}
		}
		double seconds = (System.nanoTime() - loop) / 1e9;
		System.out.printf("delivery on commit: %s%n",
				this.environment.getProperty("slotwise.waitlist.deliver-on-commit", "true"));
		print("cancellation call (its commit; the listener matches and offers after it)", cancelCall);
		print("cancellation -> every offer delivered on every channel (slots with candidates)", latency);
		System.out.printf("  throughput: %.1f freed slots measured per second, one at a time (%.1f s)%n",
				freed.size() / seconds, seconds);
		rawBaseline();
		System.out.printf(
				"  %d of %d freed slots had candidates; %d timed out (30 s); %d e-mails, outbox FAILED rows: %d%n",
				offered, freed.size(), timeouts, smtp.getReceivedMessages().length,
				this.jdbc.queryForObject("SELECT count(*) FROM waitlist.delivery WHERE status = 'FAILED'", Long.class));
		SlotRequest probe = freed.getFirst();
		LocalDate day = probe.start().atZone(ZoneId.of("America/New_York")).toLocalDate();
		System.out.println("matching query plan:");
		this.jdbc
			.queryForList("EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM waitlist.entry WHERE status = 'WAITING'"
					+ " AND visit_type_id = ?::uuid AND latest_day >= ? AND earliest_day <= ?"
					+ " AND (cardinality(practitioner_ids) = 0 OR ?::uuid = ANY (practitioner_ids))"
					+ " AND (cardinality(location_ids) = 0 OR ?::uuid = ANY (location_ids))"
					+ " AND (days_of_week & ?) <> 0 AND min_notice_minutes <= ? ORDER BY joined_at, id LIMIT 2000",
					probe.visitType().value().toString(), day, day, probe.practitioner().value().toString(),
					probe.location().value().toString(), 1 << (day.getDayOfWeek().getValue() - 1), 4320)
			.forEach((row) -> System.out.println("  " + row.values().iterator().next()));
		// the SMTP server and the receiver stay up for PollOnlyWaitlistBenchmark, which
		// runs in the same JVM; the fork's exit ends them
	}

	/**
	 * What the raw servers do in the same run: a one-row PostgreSQL insert with its
	 * commit, and a Redis PUBLISH on the notices' topic, each measured 500 times.
	 */
	private void rawBaseline() {
		// a plain table: a temporary one would live on one pooled connection only
		this.jdbc.execute("CREATE TABLE IF NOT EXISTS public.bench_raw (id uuid PRIMARY KEY)");
		long[] insert = new long[500];
		long[] publish = new long[500];
		org.redisson.api.RTopic topic = this.redisson.getTopic("slotwise:benchmark:raw",
				org.redisson.client.codec.StringCodec.INSTANCE);
		for (int i = 0; i < insert.length; i++) {
			long start = System.nanoTime();
			this.jdbc.update("INSERT INTO public.bench_raw (id) VALUES (?)", UUID.randomUUID());
			insert[i] = System.nanoTime() - start;
			start = System.nanoTime();
			topic.publish("{\"probe\":" + i + "}");
			publish[i] = System.nanoTime() - start;
		}
		print("raw PostgreSQL: one-row insert + commit", insert);
		print("raw Redis: PUBLISH", publish);
		this.jdbc.execute("DROP TABLE public.bench_raw");
	}

	private void seedEntries(List<UUID> types, List<UUID> locations) {
		this.jdbc.update("""
				INSERT INTO waitlist.entry (id, patient_id, visit_type_id, earliest_day, latest_day, joined_at,
				  practitioner_ids, location_ids, days_of_week, window_starts, window_ends, min_notice_minutes,
				  channels, email, priority, status)
				SELECT gen_random_uuid(), gen_random_uuid(), (?::uuid[])[1 + floor(random() * ?)::int],
				  current_date - floor(random() * 5)::int, current_date + 3 + floor(random() * 30)::int,
				  now() - random() * interval '30 days', '{}'::uuid[],
				  CASE WHEN random() < 0.5 THEN '{}'::uuid[]
				    ELSE ARRAY[(?::uuid[])[1 + floor(random() * ?)::int]] END,
				  CASE WHEN random() < 0.6 THEN 127 ELSE 1 + floor(random() * 127)::int END,
				  CASE WHEN w.r < 0.7 THEN '{}'::int[] ELSE ARRAY[480] END,
				  CASE WHEN w.r < 0.7 THEN '{}'::int[] ELSE ARRAY[780] END,
				  floor(random() * 1440)::int,
				  CASE WHEN random() < 0.3 THEN '{EMAIL,IN_APP}'::varchar[] ELSE '{IN_APP}'::varchar[] END,
				  'patient' || g || '@example.com', floor(random() * 4)::int, 'WAITING'
				FROM generate_series(1, ?) g CROSS JOIN LATERAL (SELECT random() AS r WHERE g = g) w""",
				types.toArray(UUID[]::new), types.size(), locations.toArray(UUID[]::new), locations.size(), ENTRIES);
	}

	/**
	 * Free slots 3 to 9 days ahead, each of a practitioner with the visit type's
	 * specialty at one of their locations that can host it, round-robin over the visit
	 * types.
	 */
	private List<SlotRequest> freeSlots(List<VisitType> types) {
		List<SlotRequest> freed = new ArrayList<>();
		LocalDate from = LocalDate.now(ZoneId.of("America/New_York")).plusDays(3);
		for (int pass = 0; pass < 20 && freed.size() < ROUNDS; pass++) {
			for (VisitType type : types) {
				if (freed.size() >= ROUNDS) {
					break;
				}
				for (Practitioner person : this.practitioners
					.practitioners(new PractitionerFilter(type.specialty(), null, null, null), pass, 1)) {
					for (LocationId location : person.locations()) {
						if (this.catalog.offers(person.id(), location, type.id())) {
							List<Slot> free = done(this.slots.availableSlots(
									new AvailabilityQuery(person.id(), location, type.id(), from, from.plusDays(6))));
							if (!free.isEmpty()) {
								freed.add(new SlotRequest(person.id(), location, type.id(),
										free.get(pass % free.size()).start()));
								break;
							}
						}
					}
				}
			}
		}
		return freed;
	}

	/** Offers x (their patients' channels + the webhook), once the round exists. */
	private int expectedDeliveries(String cause) {
		Integer count = this.jdbc.queryForObject("""
				SELECT coalesce(sum(cardinality(e.channels) + 1), 0)::int FROM waitlist.offer o
				JOIN waitlist.round r ON r.id = o.round_id JOIN waitlist.entry e ON e.id = o.entry_id
				WHERE r.cause = ?""", Integer.class, cause);
		return (count != null) ? count : 0;
	}

	private int sent(String cause) {
		Integer count = this.jdbc.queryForObject("""
				SELECT count(*)::int FROM waitlist.delivery d JOIN waitlist.offer o ON o.id = d.offer_id
				JOIN waitlist.round r ON r.id = o.round_id
				WHERE r.cause = ? AND d.kind = 'OFFERED' AND d.status = 'SENT'""", Integer.class, cause);
		return (count != null) ? count : 0;
	}

	private boolean roundClosed(String cause) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT count(*) > 0 FROM waitlist.round WHERE cause = ? AND status <> 'OPEN'", Boolean.class, cause));
	}

	static <T> T done(Outcome<T> outcome) {
		if (outcome instanceof Outcome.Done<T>(T value)) {
			return value;
		}
		throw new IllegalStateException(outcome.toString());
	}

	static void print(String what, long[] nanos) {
		long[] sorted = Arrays.stream(nanos).filter((n) -> n >= 0).toArray();
		Arrays.sort(sorted);
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
	}

}
