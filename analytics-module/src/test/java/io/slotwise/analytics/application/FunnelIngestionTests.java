package io.slotwise.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.JourneyId;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.TrackJourney;
import io.slotwise.analytics.TrackJourney.TrackedStep;
import io.slotwise.analytics.domain.Pseudonyms;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.group.GroupBookingId;
import io.slotwise.scheduling.group.GroupEvent;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.WaitlistEvent;
import org.awaitility.Awaitility;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion against real PostgreSQL: facts land in month partitions, a replayed event or
 * a retried step is stored once and changes no figure, and retention drops whole months.
 * Every test works in its own practitioner's slice of the facts.
 */
@ApplicationModuleTest(extraIncludes = "resources")
class FunnelIngestionTests {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TrackJourney journeys;

	@Autowired
	ReportFunnel reports;

	@Autowired
	FactRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	AnalyticsStatements statements;

	PractitionerId practitioner = new PractitionerId(UUID.randomUUID());

	final LocationId location = new LocationId(UUID.randomUUID());

	final VisitTypeId visitType = new VisitTypeId(UUID.randomUUID());

	final Instant now = Instant.now();

	@BeforeEach
	void ownPractitioner() {
		// Each test reads its own slice of the shared database.
		this.practitioner = new PractitionerId(UUID.randomUUID());
	}

	@Test
	void replayedEventsAndRetriedStepsChangeNoFigure() {
		PatientId patient = new PatientId(UUID.randomUUID());
		JourneyId journey = this.journeys.start();
		UUID step = UUID.randomUUID();
		TrackedStep search = new TrackedStep(step, TrackedStep.Kind.SEARCHED, null, null, null, null);
		assertThat(this.journeys.track(journey, search)).isTrue();
		assertThat(this.journeys.track(journey, search)).isFalse();
		this.journeys.link(journey, patient.value());
		Instant placedAt = Instant.now();
		HoldId hold = new HoldId(UUID.randomUUID());
		HoldEvent.Placed placed = new HoldEvent.Placed(hold, patient, this.practitioner, this.location, this.visitType,
				placedAt.plusSeconds(86_400), placedAt.plusSeconds(88_200), placedAt.plusSeconds(60), placedAt);
		BookingEvent.Confirmed booked = new BookingEvent.Confirmed(new AppointmentId(UUID.randomUUID()), patient,
				this.practitioner, this.location, this.visitType, placed.start(), placed.end(), hold,
				placedAt.plusSeconds(30));
		ingest(placed, booked);
		FunnelReport before = report();
		// Replays as resubmission does: one delivery of an event at a time. Two identical
		// publications in flight at once can leave one row of the registry unmarked (seen
		// as an unfinished HoldEvent.Placed); that is the registry's matter, not a
		// figure.
		ingest(placed, booked);
		ingest(placed);
		FunnelReport after = report();
		assertThat(after).isEqualTo(before);
		assertThat(after.stages()).extracting(FunnelReport.StageCount::journeys).containsExactly(1L, 0L, 1L, 1L);
		assertThat(after.holds().placed()).isEqualTo(1);
		assertThat(after.holds().bookings()).isEqualTo(1);
		// The hold and the booking went to the journey the patient linked on sign-in.
		assertThat(this.jdbc.queryForList(
				"SELECT kind || ' ' || journey_id FROM analytics.funnel_event WHERE practitioner_id = ? OR journey_id = ?",
				String.class, this.practitioner.value(), journey.value()))
			.containsExactlyInAnyOrder("SEARCHED " + journey.value(), "HOLD_PLACED " + journey.value(),
					"BOOKED " + journey.value());
		assertThat(after.timeToBook().journeys()).isEqualTo(1);
	}

	/**
	 * The listener's own work per event is one statement (it was a journey look-up, the
	 * booker's insert and the fact's call: five for a hold and its booking), and what the
	 * folded statements did still happens: the facts go to the journey the patient
	 * linked, the booker is kept once.
	 */
	@Test
	void aHoldAndItsBookingCostTheListenerOneStatementEach() {
		PatientId patient = new PatientId(UUID.randomUUID());
		JourneyId journey = this.journeys.start();
		this.journeys.link(journey, patient.value());
		// The month's partition is looked up once per month and instance: not counted.
		ingest(new HoldEvent.Expired(new HoldId(UUID.randomUUID()), patient, this.practitioner, this.location,
				this.visitType, this.now, this.now.plusSeconds(1800), this.now));
		// After the link: the journey linked at or before a fact is the fact's.
		Instant at = Instant.now();
		HoldId hold = new HoldId(UUID.randomUUID());
		HoldEvent.Placed placed = new HoldEvent.Placed(hold, patient, this.practitioner, this.location, this.visitType,
				at.plusSeconds(86_400), at.plusSeconds(88_200), at.plusSeconds(60), at);
		AppointmentId appointment = new AppointmentId(UUID.randomUUID());
		BookingEvent.Confirmed booked = new BookingEvent.Confirmed(appointment, patient, this.practitioner,
				this.location, this.visitType, placed.start(), placed.end(), hold, at.plusSeconds(30));
		this.statements.clear();
		ingest(placed, booked);
		assertThat(this.statements.count()).as("%s", this.statements.all()).isEqualTo(2);
		ingest(booked);
		assertThat(this.jdbc.queryForList(
				"SELECT kind || ' ' || journey_id FROM analytics.funnel_event WHERE subject_id IN (?, ?)", String.class,
				hold.value(), appointment.value()))
			.containsExactlyInAnyOrder("HOLD_PLACED " + journey.value(), "BOOKED " + journey.value());
		assertThat(this.jdbc.queryForList(
				"SELECT patient_key || ' ' || location_id FROM analytics.booking_owner WHERE appointment_id = ?",
				String.class, appointment.value()))
			.containsExactly(this.pseudonyms.of(patient.value()) + " " + this.location.value());
	}

	@Test
	void waitlistJoinsAndGroupBookingsAreCountedOnceEvenWhenReplayed() {
		PatientId patient = new PatientId(UUID.randomUUID());
		Instant at = Instant.now();
		WaitlistEvent.Joined joined = new WaitlistEvent.Joined(new EntryId(UUID.randomUUID()), patient, this.visitType,
				this.location, this.practitioner, at);
		GroupEvent.Booked group = new GroupEvent.Booked(new GroupBookingId(UUID.randomUUID()),
				new HoldId(UUID.randomUUID()), this.location, List.of(this.practitioner, this.practitioner),
				List.of(new AppointmentId(UUID.randomUUID()), new AppointmentId(UUID.randomUUID())), at.plusSeconds(5));
		ingest(joined, group);
		FunnelReport before = report();
		ingest(joined, group);
		assertThat(report()).isEqualTo(before);
		assertThat(before.waitlist().joined()).isEqualTo(1);
		assertThat(before.groupBookings()).isEqualTo(1);
		assertThat(before.series().stream().mapToLong(FunnelReport.Bucket::waitlistJoined).sum()).isEqualTo(1);
		assertThat(before.series().stream().mapToLong(FunnelReport.Bucket::groupBookings).sum()).isEqualTo(1);
		// No patient id in what analytics stores: the join went to the patient's
		// pseudonymous journey, the group to its own.
		assertThat(
				this.jdbc.queryForList("SELECT journey_id::text FROM analytics.funnel_event WHERE practitioner_id = ?",
						String.class, this.practitioner.value()))
			.hasSize(2)
			.doesNotContain(patient.value().toString());
	}

	@Test
	void factsLandInMonthPartitionsAndRetentionDropsWholeMonths() {
		PatientId patient = new PatientId(UUID.randomUUID());
		Instant old = this.now.minus(Duration.ofDays(31L * 30));
		HoldEvent.Expired ancient = new HoldEvent.Expired(new HoldId(UUID.randomUUID()), patient, this.practitioner,
				this.location, this.visitType, old, old.plusSeconds(1800), old);
		HoldEvent.Expired recent = new HoldEvent.Expired(new HoldId(UUID.randomUUID()), patient, this.practitioner,
				this.location, this.visitType, this.now, this.now.plusSeconds(1800), this.now);
		// Older than the retention: not stored, so it cannot recreate a dropped month.
		ingest(ancient, recent);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM analytics.funnel_event WHERE practitioner_id = ?",
				Long.class, this.practitioner.value()))
			.isEqualTo(1L);
		// A month past the retention, made by hand, is dropped with its rows.
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.queryForList("SELECT analytics.ensure_funnel_month(?::timestamptz)", old.toString()));
		List<String> dropped = this.retention.dropExpiredMonths();
		assertThat(dropped).contains("funnel_event_"
				+ java.time.YearMonth.from(old.atZone(java.time.ZoneOffset.UTC)).toString().replace('-', '_'));
		assertThat(this.jdbc.queryForList("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'funnel_event'""", String.class))
			.doesNotContainAnyElementsOf(dropped)
			.contains(partition(this.now));
	}

	/**
	 * Publishes as scheduling does (in a transaction, through the publication registry)
	 * and waits until every listener completed.
	 */
	private void ingest(Object... events) {
		for (Object event : events) {
			this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(event));
		}
		// Only this test's publications (each test has its own practitioner): another
		// test's
		// unfinished publication in the shared database must not hold this one up. On a
		// timeout, say which listener did not finish.
		String mine = "%" + this.practitioner.value() + "%";
		try {
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> this.jdbc.queryForObject(
						"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
						Long.class, mine) == 0);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError("Unfinished publications: " + this.jdbc.queryForList(
					"SELECT listener_id || ' ' || event_type FROM event_publication WHERE completion_date IS NULL",
					String.class), ex);
		}
	}

	/** Counts the statements jOOQ sends to analytics' tables and functions. */
	@TestConfiguration
	static class CountingStatements {

		@Bean
		AnalyticsStatements analyticsStatements() {
			return new AnalyticsStatements();
		}

		@Bean
		DefaultExecuteListenerProvider countingListener(AnalyticsStatements statements) {
			return new DefaultExecuteListenerProvider(statements);
		}

	}

	/** Every statement naming {@code analytics.}, as jOOQ sent it. */
	static final class AnalyticsStatements implements ExecuteListener {

		private final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void executeStart(ExecuteContext context) {
			String sql = context.sql();
			if (sql != null && sql.toLowerCase(java.util.Locale.ROOT).contains("analytics")) {
				this.sent.add(sql);
			}
		}

		void clear() {
			this.sent.clear();
		}

		int count() {
			return this.sent.size();
		}

		List<String> all() {
			return List.copyOf(this.sent);
		}

	}

	private static String partition(Instant at) {
		return "funnel_event_" + YearMonth.from(at.atZone(ZoneOffset.UTC)).toString().replace('-', '_');
	}

	private FunnelReport report() {
		return this.reports
			.funnel(new FunnelQuery(this.now.minus(Duration.ofDays(1)), this.now.plus(Duration.ofDays(1)), null,
					this.practitioner.value(), null, null, FunnelQuery.Bucket.HOUR), null);
	}

}
