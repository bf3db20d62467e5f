package io.slotwise.platform.scheduling;

import io.slotwise.testing.Clinic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.catalog.SeedCatalog;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.group.BundleOutcome;
import io.slotwise.scheduling.group.BundleQuery;
import io.slotwise.scheduling.group.ConfirmGroupBooking;
import io.slotwise.scheduling.group.FindBundles;
import io.slotwise.scheduling.group.GroupHoldDetails;
import io.slotwise.scheduling.group.HoldGroup;
import io.slotwise.scheduling.group.MemberRequest;
import io.slotwise.scheduling.group.MemberWish;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group search for three members on the large network (10,000 practitioners, 1,000
 * locations; a ZIP in a seeded metro, 10 miles, FAMILY_MEDICINE, default 14 days), cold
 * and warm, beside single-patient search in the same run; then bundle confirmation of
 * three members beside a single confirmation and the raw SQL of three appointments with
 * their reservations in one transaction. Not part of the build; see
 * scheduling-module/README.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "slotwise.test.catalog=benchmark")
class GroupBenchmark {

	static final List<String> ZIPS = List.of("10001", "94105", "60601", "85004", "90012", "77002", "02108", "80202",
			"98101", "30303", "33131", "75201", "11215", "94607", "60657");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	SeedCatalog seed;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	BrowseVisitTypes visitTypes;

	@Autowired
	FindBundles bundles;

	@Autowired
	SearchPractitioners search;

	@Autowired
	HoldGroup holdGroup;

	@Autowired
	ConfirmGroupBooking confirmGroup;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DSLContext db;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void groupSearchAndBundleConfirm() {
		SeedCatalog.SeedReport report = this.seed.seed(NetworkShape.large());
		System.out.printf("large network: %d locations, %d practitioners%n", report.locations(),
				report.practitioners());
		VisitType visit = this.visitTypes.visitTypes("FAMILY_MEDICINE", 0, 10)
			.stream()
			.filter((type) -> type.patients() != VisitType.Patients.NEW)
			.findFirst()
			.orElseThrow();
		Requester patient = Requester.patient(new PatientId(UUID.randomUUID()));
		long options = 0;
		for (int i = 0; i < 10; i++) {
			options += group(patient, visit, i);
		}
		int coldRounds = 20;
		long[] cold = new long[coldRounds];
		for (int i = 0; i < coldRounds; i++) {
			this.events.publishEvent(new LocationChanged(new LocationId(UUID.randomUUID())));
			long start = System.nanoTime();
			options += group(patient, visit, i);
			cold[i] = System.nanoTime() - start;
		}
		print("group search (3 members), cold cache", cold);
		int warmRounds = 100;
		long[] warm = new long[warmRounds];
		long[] single = new long[warmRounds];
		long started = System.nanoTime();
		for (int i = 0; i < warmRounds; i++) {
			long start = System.nanoTime();
			options += group(patient, visit, i);
			warm[i] = System.nanoTime() - start;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		for (int i = 0; i < warmRounds; i++) {
			long start = System.nanoTime();
			single(i);
			single[i] = System.nanoTime() - start;
		}
		print("group search (3 members), warm cache", warm);
		System.out.printf("  throughput %.0f group searches/s on one thread; %.1f options per search on average%n",
				warmRounds / seconds, (double) options / (10 + coldRounds + warmRounds));
		print("  beside: single-patient searchPractitioners, warm, same ZIPs", single);
		confirmations();
	}

	private void confirmations() {
		Clinic groups = Clinic.open(this.catalog);
		Clinic singles = Clinic.open(this.catalog);
		Requester staff = new Requester(UUID.randomUUID(), Requester.Standing.STAFF,
				Set.of(groups.location(), singles.location()));
		int rounds = 30;
		long[] group = new long[rounds];
		long[] one = new long[rounds];
		long[] raw = new long[rounds];
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (int i = 0; i < rounds; i++) {
			// six bundles of three 30-minute visits a day, back to back, from 08:00
			Instant first = LocalDate.now(NEW_YORK)
				.plusDays(2 + i / 6)
				.atTime(LocalTime.of(8, 0))
				.plusMinutes(90L * (i % 6))
				.atZone(NEW_YORK)
				.toInstant();
			List<MemberRequest> members = new ArrayList<>();
			for (int m = 0; m < 3; m++) {
				members.add(new MemberRequest(new PatientId(UUID.randomUUID()), new SlotRequest(groups.practitioner(),
						groups.location(), groups.visitType(), first.plusSeconds(1800L * m))));
			}
			GroupHoldDetails held = done(this.holdGroup.holdGroup(staff, members));
			long start = System.nanoTime();
			done(this.confirmGroup.confirmGroupBooking(staff, held.id(), Optional.empty()));
			group[i] = System.nanoTime() - start;

			PatientId patient = new PatientId(UUID.randomUUID());
			HoldDetails hold = done(this.holdSlot.holdSlot(patient,
					new SlotRequest(singles.practitioner(), singles.location(), singles.visitType(), first)));
			start = System.nanoTime();
			done(this.confirm.confirmBooking(patient, hold.id(), Optional.empty()));
			one[i] = System.nanoTime() - start;

			start = System.nanoTime();
			transaction.executeWithoutResult((status) -> rawThree(first));
			raw[i] = System.nanoTime() - start;
		}
		print("bundle confirm (3 members, one transaction)", group);
		print("  beside: single confirmBooking", one);
		print("  beside: raw SQL, 3 appointments + 9 reservations in one transaction", raw);
	}

	/** What a bundle confirmation writes, without any of its checks or claims. */
	private void rawThree(Instant first) {
		UUID practitioner = UUID.randomUUID();
		UUID room = UUID.randomUUID();
		for (int m = 0; m < 3; m++) {
			UUID appointment = UUID.randomUUID();
			UUID patient = UUID.randomUUID();
			OffsetDateTime start = first.plusSeconds(1800L * m).atOffset(ZoneOffset.UTC);
			OffsetDateTime end = start.plusMinutes(30);
			this.db.execute(
					"insert into scheduling.appointment (id, patient_id, practitioner_id, location_id, "
							+ "visit_type_id, starts_at, ends_at, status, booked_by, request_fingerprint) "
							+ "values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, 'BOOKED', ?, ?)",
					appointment, patient, practitioner, UUID.randomUUID(), UUID.randomUUID(), start.toString(),
					end.toString(), patient, "raw-" + appointment.toString().substring(0, 32));
			List<Object[]> rows = new ArrayList<>(List.of(new Object[] { "PATIENT", patient },
					new Object[] { "PRACTITIONER", practitioner }, new Object[] { "ROOM", room }));
			rows.sort(Comparator.comparing((row) -> (UUID) row[1]));
			for (Object[] row : rows) {
				this.db.execute(
						"insert into scheduling.reservation (appointment_id, resource_kind, resource_id, during) "
								+ "values (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz, '[)'))",
						appointment, row[0], row[1], start.toString(), end.toString());
			}
		}
	}

	private int group(Requester patient, VisitType visit, int round) {
		List<MemberWish> members = List.of(new MemberWish(null, visit.id(), null),
				new MemberWish(null, visit.id(), null), new MemberWish(null, visit.id(), null));
		BundleQuery query = new BundleQuery(members, null, ZIPS.get(round % ZIPS.size()), 10.0, null, null, null, null,
				Set.of());
		return switch (this.bundles.findBundles(patient, query, 0, 10)) {
			case BundleOutcome.Found found -> found.total();
			case BundleOutcome.Refused refused -> 0;
		};
	}

	private void single(int round) {
		SearchQuery query = new SearchQuery(ZIPS.get(round % ZIPS.size()), null, null, 10.0, SearchQuery.Unit.MILES,
				"FAMILY_MEDICINE", null, List.of(), false, null, null, null, null, null, null, null);
		if (this.search.search(query, 0, 20) instanceof SearchOutcome.Refused refused) {
			throw new IllegalStateException(refused.problem().toString());
		}
	}

	private static <T> T done(Outcome<T> outcome) {
		if (outcome instanceof Outcome.Done<T>(T value)) {
			return value;
		}
		throw new IllegalStateException("Refused: " + outcome);
	}

	static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
	}

}
