package io.slotwise.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.FunnelReport.Stage;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFact.Kind;
import io.slotwise.analytics.domain.FunnelFacts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard reads aggregates kept on ingest; these tests prove them exact. Generated
 * journeys over a few days are appended out of order and partly twice; then every figure
 * is recomputed here, in Java, from the raw facts alone and compared, for whole and
 * partial days, network, location and practitioner. Finally the aggregates are rebuilt
 * from the raw facts in SQL and no figure moves.
 */
@ApplicationModuleTest(extraIncludes = "resources")
class RollupTests {

	@Autowired
	FunnelFacts facts;

	@Autowired
	ReportFunnel reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	// Far from other tests' facts: its own months.
	final Instant day0 = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.DAYS);

	final UUID[] locations = { UUID.randomUUID(), UUID.randomUUID() };

	final UUID[] practitioners = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };

	final UUID visitType = UUID.randomUUID();

	@Test
	void everyFigureFromTheAggregatesEqualsItsRecomputationFromTheRawFacts() {
		List<FunnelFact> generated = generate(new Random(12));
		List<FunnelFact> delivered = new ArrayList<>(generated);
		delivered.addAll(generated.subList(0, generated.size() / 3));
		Collections.shuffle(delivered, new Random(7));
		for (FunnelFact fact : delivered) {
			this.transactions.executeWithoutResult((status) -> this.facts.append(fact));
		}
		List<FunnelQuery> queries = new ArrayList<>();
		Instant partialFrom = this.day0.plus(Duration.ofHours(7));
		Instant partialTo = this.day0.plus(Duration.ofDays(3)).plus(Duration.ofHours(5));
		for (Instant[] period : List.of(new Instant[] { this.day0, this.day0.plus(Duration.ofDays(4)) },
				new Instant[] { partialFrom, partialTo },
				new Instant[] { partialFrom, partialFrom.plus(Duration.ofHours(9)) })) {
			for (FunnelQuery.Bucket bucket : FunnelQuery.Bucket.values()) {
				queries.add(new FunnelQuery(period[0], period[1], null, null, null, null, bucket));
				queries.add(new FunnelQuery(period[0], period[1], this.locations[0], null, null, null, bucket));
				queries.add(new FunnelQuery(period[0], period[1], null, this.practitioners[1], null, null, bucket));
				queries.add(new FunnelQuery(period[0], period[1], null, null, this.visitType, null, bucket));
				queries.add(new FunnelQuery(period[0], period[1], null, null, null, "DERM", bucket));
				// Several dimensions: the grain that keeps all four.
				queries.add(new FunnelQuery(period[0], period[1], this.locations[1], this.practitioners[1], null, "GP",
						bucket));
			}
			// A zone's own days: a whole-hour offset (New York's) sums hours, a half-hour
			// offset (India's) is grouped from the rows.
			for (String zone : List.of("America/New_York", "Asia/Kolkata")) {
				queries.add(new FunnelQuery(period[0], period[1], this.locations[0], null, null, null,
						FunnelQuery.Bucket.DAY)
					.inZone(java.time.ZoneId.of(zone)));
				queries.add(new FunnelQuery(period[0], period[1], null, null, null, null, FunnelQuery.Bucket.DAY)
					.inZone(java.time.ZoneId.of(zone)));
			}
		}
		List<FunnelReport> fromAggregates = new ArrayList<>();
		for (FunnelQuery query : queries) {
			FunnelReport report = this.reports.funnel(query, null);
			// PostgreSQL averages intervals to the microsecond; everything else is exact.
			assertThat(report).as("%s", query)
				.usingRecursiveComparison()
				.withComparatorForType((a, b) -> (Math.abs(a.minus(b).toNanos()) <= 1000) ? 0 : a.compareTo(b),
						Duration.class)
				.isEqualTo(recomputed(generated, query));
			fromAggregates.add(report);
		}
		assertThat(fromAggregates.get(0).holds().placed()).isPositive();
		assertThat(fromAggregates.get(0).cancellations().refilled()).isPositive();
		assertThat(fromAggregates.get(0).waitlist().accepted()).isPositive();
		assertThat(fromAggregates.get(0).waitlist().joined()).isPositive();
		assertThat(fromAggregates.get(0).groupBookings()).isPositive();

		this.transactions.executeWithoutResult((status) -> this.jdbc.execute("SELECT analytics.rebuild_rollups()"));
		for (int i = 0; i < queries.size(); i++) {
			assertThat(this.reports.funnel(queries.get(i), null)).isEqualTo(fromAggregates.get(i));
		}
	}

	/**
	 * Medians from the stored microseconds (V4_16) are the raw facts' medians to the
	 * nanosecond, half microseconds included, per day and over the period, after a replay
	 * and after a rebuild. An interval median was rounded to the microsecond.
	 */
	@Test
	void mediansOfTimesToBookAreExactToTheNanosecondAfterAReplayAndARebuild() {
		Instant day = this.day0.plus(Duration.ofDays(20));
		List<FunnelFact> generated = new ArrayList<>();
		// Day one's bookings took 60 s + 1 and + 4 us, day two's 90 s + 3 and + 8 us: the
		// medians are 60.0000025 s, 90.0000055 s and, over both days, 75.0000035 s.
		long[][] took = { { 60_000_001, 60_000_004 }, { 90_000_003, 90_000_008 } };
		for (int d = 0; d < took.length; d++) {
			for (int j = 0; j < took[d].length; j++) {
				UUID journey = UUID.randomUUID();
				Instant searched = day.plus(Duration.ofDays(d)).plus(Duration.ofHours(9 + j));
				generated.add(fact(Kind.SEARCHED, searched, journey, null, null, "GP", null, null, null));
				generated
					.add(fact(Kind.BOOKED, searched.plus(took[d][j], ChronoUnit.MICROS), journey, this.locations[0],
							this.practitioners[0], "GP", UUID.randomUUID(), searched.plus(Duration.ofDays(3)), null));
			}
		}
		List<FunnelFact> delivered = new ArrayList<>(generated);
		delivered.addAll(generated);
		Collections.shuffle(delivered, new Random(3));
		for (FunnelFact fact : delivered) {
			this.transactions.executeWithoutResult((status) -> this.facts.append(fact));
		}
		FunnelQuery query = new FunnelQuery(day, day.plus(Duration.ofDays(2)), null, null, null, null,
				FunnelQuery.Bucket.DAY);
		FunnelReport expected = recomputed(generated, query);
		assertThat(expected.timeToBook().median()).isEqualTo(Duration.ofSeconds(75).plusNanos(3_500));
		assertThat(expected.series()).extracting(FunnelReport.Bucket::medianTimeToBook)
			.containsExactly(Duration.ofSeconds(60).plusNanos(2_500), Duration.ofSeconds(90).plusNanos(5_500));
		assertExactMedians(this.reports.funnel(query, null), expected);
		this.transactions.executeWithoutResult((status) -> this.jdbc.execute("SELECT analytics.rebuild_rollups()"));
		assertExactMedians(this.reports.funnel(query, null), expected);
	}

	private static void assertExactMedians(FunnelReport report, FunnelReport expected) {
		assertThat(report.timeToBook().median()).isEqualTo(expected.timeToBook().median());
		assertThat(report.series()).extracting(FunnelReport.Bucket::medianTimeToBook)
			.isEqualTo(expected.series().stream().map(FunnelReport.Bucket::medianTimeToBook).toList());
	}

	/** A few hundred journeys over four days, some of them spanning midnight. */
	private List<FunnelFact> generate(Random random) {
		List<FunnelFact> all = new ArrayList<>();
		for (int j = 0; j < 300; j++) {
			UUID journey = UUID.randomUUID();
			int p = random.nextInt(this.practitioners.length);
			UUID practitioner = this.practitioners[p];
			UUID location = this.locations[p % 2];
			Instant searched = this.day0.plusSeconds(random.nextInt(4 * 86_400 - 7200));
			Instant slot = searched.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
			String specialty = (random.nextInt(3) == 0) ? "DERM" : "GP";
			all.add(fact(Kind.SEARCHED, searched, journey, null, null, specialty, null, null, null));
			if (random.nextInt(8) == 0) {
				all.add(fact(Kind.WAITLIST_JOINED, searched.plusSeconds(30), journey,
						(random.nextBoolean()) ? location : null, null, specialty, UUID.randomUUID(), null, null));
			}
			if (random.nextInt(12) == 0) {
				all.add(new FunnelFact(UUID.randomUUID(), searched.plusSeconds(90), UUID.randomUUID(),
						Kind.GROUP_BOOKED, location, random.nextBoolean() ? practitioner : null, null, null,
						UUID.randomUUID(), null, null, null));
			}
			if (random.nextInt(4) == 0) {
				// A second search later that day must not move the first.
				all.add(fact(Kind.SEARCHED, searched.plusSeconds(600), journey, null, null, specialty, null, null,
						null));
			}
			Instant at = searched.plusSeconds(60 + random.nextInt(3600));
			if (random.nextInt(10) < 7) {
				all.add(fact(Kind.VIEWED, at, journey, location, practitioner, specialty, null, null, null));
			}
			if (random.nextInt(10) < 5) {
				UUID hold = UUID.randomUUID();
				Instant placed = at.plusSeconds(random.nextInt(7200));
				all.add(fact(Kind.HOLD_PLACED, placed, journey, location, practitioner, specialty, hold, slot, null));
				int fate = random.nextInt(10);
				if (fate < 6) {
					UUID appointment = UUID.randomUUID();
					Instant booked = placed.plusSeconds(30 + random.nextInt(300));
					all.add(fact(Kind.BOOKED, booked, journey, location, practitioner, specialty, appointment, slot,
							null));
					if (fate < 2) {
						all.add(fact(Kind.CANCELLED, booked.plusSeconds(3600), journey, location, practitioner,
								specialty, appointment, slot, null));
						refill(random, all, location, practitioner, slot, booked.plusSeconds(3600));
					}
				}
				else {
					all.add(fact((fate < 8) ? Kind.HOLD_EXPIRED : Kind.HOLD_RELEASED,
							placed.plusSeconds(300 + random.nextInt(300)), journey, location, practitioner, specialty,
							hold, slot, null));
				}
			}
		}
		return all;
	}

	/** Someone, often from the waitlist, books the freed slot; sometimes nobody does. */
	private void refill(Random random, List<FunnelFact> all, UUID location, UUID practitioner, Instant slot,
			Instant cancelled) {
		int how = random.nextInt(3);
		if (how == 0) {
			return;
		}
		UUID journey = UUID.randomUUID();
		UUID appointment = UUID.randomUUID();
		Instant booked = cancelled.plusSeconds(60 + random.nextInt(7200));
		if (how == 1) {
			UUID offer = UUID.randomUUID();
			all.add(fact(Kind.OFFERED, cancelled.plusSeconds(5), journey, location, practitioner, "GP", offer, slot,
					null));
			UUID other = UUID.randomUUID();
			all.add(fact(Kind.OFFERED, cancelled.plusSeconds(5), UUID.randomUUID(), location, practitioner, "GP", other,
					slot, null));
			all.add(fact(Kind.OFFER_ACCEPTED, booked, journey, null, null, null, offer, null, appointment));
			all.add(fact(Kind.OFFER_WITHDRAWN, booked, UUID.randomUUID(), null, null, null, other, null, null));
		}
		all.add(fact(Kind.BOOKED, booked, journey, location, practitioner, "GP", appointment, slot, null));
	}

	private FunnelFact fact(Kind kind, Instant at, UUID journey, UUID location, UUID practitioner, String specialty,
			UUID subject, Instant slot, UUID appointment) {
		return new FunnelFact(UUID.randomUUID(), at, journey, kind, location, practitioner,
				(practitioner != null) ? this.visitType : null, specialty, subject, null, slot, appointment);
	}

	// ---- the figures' definitions, over the raw facts alone ----

	private FunnelReport recomputed(List<FunnelFact> all, FunnelQuery query) {
		Predicate<FunnelFact> where = (fact) -> passes(fact, query);
		Map<String, FunnelFact> firsts = new HashMap<>();
		for (FunnelFact fact : all) {
			if (List.of(Kind.SEARCHED, Kind.VIEWED, Kind.HOLD_PLACED, Kind.BOOKED).contains(fact.kind())) {
				firsts.merge(fact.journey() + "|" + fact.kind(), fact, (a, b) -> earlier(a, b) ? a : b);
			}
		}
		Map<Stage, Long> stages = new EnumMap<>(Stage.class);
		firsts.values()
			.stream()
			.filter((fact) -> within(fact.occurredAt(), query) && where.test(fact))
			.forEach((fact) -> stages.merge(stage(fact.kind()), 1L, Long::sum));
		List<Duration> times = conversions(firsts).stream()
			.filter((pair) -> within(pair[1].occurredAt(), query) && where.test(pair[1]))
			.map((pair) -> Duration.between(pair[0].occurredAt(), pair[1].occurredAt()))
			.toList();
		Duration average = times.isEmpty() ? null
				: Duration.ofNanos(Math.round(times.stream().mapToLong(Duration::toNanos).average().orElseThrow()));
		List<FunnelFact> placed = all.stream()
			.filter((fact) -> fact.kind() == Kind.HOLD_PLACED && within(fact.occurredAt(), query) && where.test(fact))
			.toList();
		long abandoned = placed.stream()
			.filter((hold) -> all.stream()
				.anyMatch((fact) -> Objects.equals(fact.subject(), hold.subject())
						&& (fact.kind() == Kind.HOLD_RELEASED || fact.kind() == Kind.HOLD_EXPIRED)))
			.count();
		long bookings = count(all, query, Kind.BOOKED);
		return new FunnelReport(query.from(), query.to(), io.slotwise.analytics.domain.Funnel.stages(stages),
				io.slotwise.analytics.domain.Funnel.overall(stages),
				new FunnelReport.TimeToBook(times.size(), average, median(times)),
				new FunnelReport.Holds(placed.size(), abandoned, share(abandoned, placed.size()), bookings,
						share(placed.size(), bookings)),
				cancellations(all, query), waitlist(all, query), count(all, query, Kind.GROUP_BOOKED),
				series(all, firsts, query));
	}

	private FunnelReport.Cancellations cancellations(List<FunnelFact> all, FunnelQuery query) {
		List<Duration> refills = new ArrayList<>();
		long fromWaitlist = 0;
		long cancelled = 0;
		for (FunnelFact cancel : all) {
			if (cancel.kind() != Kind.CANCELLED || !within(cancel.occurredAt(), query) || !passes(cancel, query)) {
				continue;
			}
			cancelled++;
			FunnelFact refill = all.stream()
				.filter((fact) -> fact.kind() == Kind.BOOKED && fact.practitioner().equals(cancel.practitioner())
						&& fact.slotStart().equals(cancel.slotStart())
						&& fact.occurredAt().isAfter(cancel.occurredAt()))
				.min(Comparator.comparing(FunnelFact::occurredAt))
				.orElse(null);
			if (refill != null) {
				refills.add(Duration.between(cancel.occurredAt(), refill.occurredAt()));
				if (all.stream()
					.anyMatch((fact) -> fact.kind() == Kind.OFFER_ACCEPTED
							&& refill.subject().equals(fact.appointment()))) {
					fromWaitlist++;
				}
			}
		}
		return new FunnelReport.Cancellations(cancelled, refills.size(), fromWaitlist, median(refills));
	}

	private FunnelReport.Waitlist waitlist(List<FunnelFact> all, FunnelQuery query) {
		Map<Kind, Long> ended = new EnumMap<>(Kind.class);
		long offered = 0;
		for (FunnelFact offer : all) {
			if (offer.kind() != Kind.OFFERED || !within(offer.occurredAt(), query) || !passes(offer, query)) {
				continue;
			}
			offered++;
			all.stream()
				.filter((fact) -> fact.kind().name().startsWith("OFFER_") && fact.subject().equals(offer.subject()))
				.forEach((fact) -> ended.merge(fact.kind(), 1L, Long::sum));
		}
		long accepted = ended.getOrDefault(Kind.OFFER_ACCEPTED, 0L);
		return new FunnelReport.Waitlist(count(all, query, Kind.WAITLIST_JOINED), offered, accepted,
				ended.getOrDefault(Kind.OFFER_DECLINED, 0L), ended.getOrDefault(Kind.OFFER_LAPSED, 0L),
				ended.getOrDefault(Kind.OFFER_WITHDRAWN, 0L), share(accepted, offered));
	}

	private List<FunnelReport.Bucket> series(List<FunnelFact> all, Map<String, FunnelFact> firsts, FunnelQuery query) {
		Map<Instant, Map<String, Long>> counts = new java.util.TreeMap<>();
		for (FunnelFact fact : all) {
			if (within(fact.occurredAt(), query) && passes(fact, query)) {
				counts.computeIfAbsent(bucket(fact.occurredAt(), query), (key) -> new HashMap<>())
					.merge(fact.kind().name(), 1L, Long::sum);
			}
		}
		for (FunnelFact first : firsts.values()) {
			if ((first.kind() == Kind.SEARCHED || first.kind() == Kind.BOOKED) && within(first.occurredAt(), query)
					&& passes(first, query)) {
				counts.computeIfAbsent(bucket(first.occurredAt(), query), (key) -> new HashMap<>())
					.merge("first " + first.kind(), 1L, Long::sum);
			}
		}
		Map<Instant, List<Duration>> times = conversions(firsts).stream()
			.filter((pair) -> within(pair[1].occurredAt(), query) && passes(pair[1], query))
			.collect(Collectors.groupingBy((pair) -> bucket(pair[1].occurredAt(), query), Collectors
				.mapping((pair) -> Duration.between(pair[0].occurredAt(), pair[1].occurredAt()), Collectors.toList())));
		return counts.entrySet().stream().map((entry) -> {
			Map<String, Long> n = entry.getValue();
			long searching = n.getOrDefault("first SEARCHED", 0L);
			long booked = n.getOrDefault("first BOOKED", 0L);
			return new FunnelReport.Bucket(entry.getKey(), n.getOrDefault("SEARCHED", 0L), n.getOrDefault("VIEWED", 0L),
					n.getOrDefault("HOLD_PLACED", 0L),
					n.getOrDefault("HOLD_RELEASED", 0L) + n.getOrDefault("HOLD_EXPIRED", 0L),
					n.getOrDefault("BOOKED", 0L), n.getOrDefault("CANCELLED", 0L), n.getOrDefault("OFFERED", 0L),
					n.getOrDefault("OFFER_ACCEPTED", 0L), searching, booked, share(booked, searching),
					median(times.getOrDefault(entry.getKey(), List.of())), n.getOrDefault("WAITLIST_JOINED", 0L),
					n.getOrDefault("GROUP_BOOKED", 0L));
		}).toList();
	}

	private static List<FunnelFact[]> conversions(Map<String, FunnelFact> firsts) {
		List<FunnelFact[]> pairs = new ArrayList<>();
		for (FunnelFact booked : firsts.values()) {
			if (booked.kind() == Kind.BOOKED) {
				FunnelFact searched = firsts.get(booked.journey() + "|" + Kind.SEARCHED);
				if (searched != null && !searched.occurredAt().isAfter(booked.occurredAt())) {
					pairs.add(new FunnelFact[] { searched, booked });
				}
			}
		}
		return pairs;
	}

	private long count(List<FunnelFact> all, FunnelQuery query, Kind kind) {
		return all.stream()
			.filter((fact) -> fact.kind() == kind && within(fact.occurredAt(), query) && passes(fact, query))
			.count();
	}

	/** Hours are UTC's; days start at the query zone's midnight. */
	private static Instant bucket(Instant at, FunnelQuery query) {
		if (query.bucket() == FunnelQuery.Bucket.HOUR) {
			return at.truncatedTo(ChronoUnit.HOURS);
		}
		return at.atZone(query.zone()).toLocalDate().atStartOfDay(query.zone()).toInstant();
	}

	private static boolean earlier(FunnelFact a, FunnelFact b) {
		int at = a.occurredAt().compareTo(b.occurredAt());
		return at < 0 || (at == 0 && a.id().toString().compareTo(b.id().toString()) < 0);
	}

	private static boolean within(Instant at, FunnelQuery query) {
		return !at.isBefore(query.from()) && at.isBefore(query.to());
	}

	/**
	 * A fact that does not carry a filtered dimension passes: it precedes that choice.
	 */
	private static boolean passes(FunnelFact fact, FunnelQuery query) {
		return (query.location() == null || fact.location() == null || query.location().equals(fact.location()))
				&& (query.practitioner() == null || fact.practitioner() == null
						|| query.practitioner().equals(fact.practitioner()))
				&& (query.visitType() == null || fact.visitType() == null || query.visitType().equals(fact.visitType()))
				&& (query.specialty() == null || fact.specialty() == null
						|| query.specialty().equals(fact.specialty()));
	}

	private static Duration median(List<Duration> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Duration> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	private static double share(long part, long whole) {
		return (whole == 0) ? 0.0 : (double) part / whole;
	}

	private static Stage stage(Kind kind) {
		return switch (kind) {
			case SEARCHED -> Stage.SEARCH;
			case VIEWED -> Stage.VIEW;
			case HOLD_PLACED -> Stage.HOLD;
			default -> Stage.BOOK;
		};
	}

}
