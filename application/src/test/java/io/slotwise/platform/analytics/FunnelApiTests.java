package io.slotwise.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.scheduling.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives real journeys through the GraphQL API on a controlled clock (searches and views
 * tracked by the client, sign-in links, holds that are confirmed, expire or are released,
 * a cancellation refilled by another patient) and checks every funnel figure against
 * values worked out by hand from those flows. Then replays every analytics publication
 * through the registry and checks that no figure moved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "slotwise.analytics.pace-minimum=3")
@ActiveProfiles("test")
class FunnelApiTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String TRACK = """
			mutation($input: TrackFunnelStepInput!) { trackFunnelStep(input: $input) {
			  journeyId recorded errors { code field } } }""";

	static final String LINK = """
			mutation($id: ID!) { linkJourney(input: {journeyId: $id}) { journeyId errors { code } } }""";

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } errors { code } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!, $key: String!) { confirmBooking(input: {holdId: $holdId, idempotencyKey: $key}) {
			  appointment { id } errors { code } } }""";

	static final String RELEASE = """
			mutation($holdId: ID!) { releaseHold(input: {holdId: $holdId}) { holdId errors { code } } }""";

	static final String CANCEL = """
			mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) { appointment { status } errors { code } } }""";

	static final String FUNNEL = """
			query($filter: FunnelFilter!) { funnel(filter: $filter) {
			  stages { stage journeys conversionFromPrevious } overallConversion
			  timeToBook { journeys average median }
			  holds { placed abandoned abandonmentRate bookings holdsPerBooking }
			  cancellations { cancelled refilled medianTimeToRefill }
			  series { start searches views holdsPlaced holdsAbandoned bookings cancellations } } }""";

	static final String SEARCH = """
			query($visitType: ID!) { searchPractitioners(input: {zip: "10001", radius: 5, visitTypeId: $visitType}) {
			  edges { node { practitioner { id } bookingPace { patients median since } } } } }""";

	// Well ahead of the real clock and of every other test's facts; a whole hour.
	static final Instant T0 = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

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
	MaintainCatalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncompleteEventPublications publications;

	@Test
	void everyFigureOfTheFunnelFollowsFromTheDrivenFlows() {
		MutableClock clock = (MutableClock) this.clock;
		Clinic clinic = Clinic.open(this.catalog);
		LocalDate day = LocalDate.now(NEW_YORK).plusDays(3);
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		UUID carol = UUID.randomUUID();
		UUID dave = UUID.randomUUID();

		// Alice: search, view, sign in, hold, book. 5 minutes from search to booking.
		clock.set(T0);
		String aliceJourney = track(null, "SEARCHED", null);
		at(clock, 1);
		track(aliceJourney, "VIEWED", clinic);
		link(alice, aliceJourney);
		at(clock, 4.5);
		String aliceHold = hold(alice, clinic, day, LocalTime.of(10, 0));
		at(clock, 5);
		String aliceBooking = confirm(alice, aliceHold);

		// Bob: search, view, hold that expires, hold again, book. 15 minutes.
		at(clock, 10);
		String bobJourney = track(null, "SEARCHED", null);
		at(clock, 11);
		track(bobJourney, "VIEWED", clinic);
		link(bob, bobJourney);
		at(clock, 12);
		hold(bob, clinic, day, LocalTime.of(11, 0));
		at(clock, 14);
		awaitFacts("HOLD_EXPIRED", 1);
		at(clock, 24.5);
		String bobHold = hold(bob, clinic, day, LocalTime.of(11, 30));
		at(clock, 25);
		confirm(bob, bobHold);

		// Carol: search, hold, release. Nobody books.
		at(clock, 30);
		String carolJourney = track(null, "SEARCHED", null);
		link(carol, carolJourney);
		at(clock, 31);
		String carolHold = hold(carol, clinic, day, LocalTime.of(12, 0));
		at(clock, 31.5);
		release(carol, carolHold);

		// Someone anonymous only searches.
		at(clock, 40);
		track(null, "SEARCHED", null);

		// Alice cancels; Dave, who searched at 52, books her slot 5 minutes later. 13
		// minutes from his search to his booking.
		at(clock, 52);
		String daveJourney = track(null, "SEARCHED", null);
		link(dave, daveJourney);
		at(clock, 60);
		cancel(alice, aliceBooking);
		at(clock, 64.5);
		String daveHold = hold(dave, clinic, day, LocalTime.of(10, 0));
		at(clock, 65);
		confirm(dave, daveHold);

		awaitFacts("BOOKED", 3);
		awaitAllListenersDone();
		Map<String, Object> report = funnel(clinic);
		assertThat(report.get("stages")).isEqualTo(
				List.of(stage("SEARCH", 5, 1.0), stage("VIEW", 2, 0.4), stage("HOLD", 4, 2.0), stage("BOOK", 3, 0.75)));
		assertThat(report.get("overallConversion")).isEqualTo(0.6);
		// 5, 15 and 13 minutes: median 13, average 11.
		assertThat(report.get("timeToBook")).isEqualTo(Map.of("journeys", 3, "average", "PT11M", "median", "PT13M"));
		// Five holds: Bob's first expired, Carol's was released.
		assertThat(report.get("holds")).isEqualTo(
				Map.of("placed", 5, "abandoned", 2, "abandonmentRate", 0.4, "bookings", 3, "holdsPerBooking", 5.0 / 3));
		assertThat(report.get("cancellations"))
			.isEqualTo(Map.of("cancelled", 1, "refilled", 1, "medianTimeToRefill", "PT5M"));
		// Per hour: the expiry counts at the hold's expiry (minute 13), the cancellation
		// at 60.
		assertThat(report.get("series"))
			.isEqualTo(List.of(bucket(T0, 5, 2, 4, 2, 2, 0), bucket(T0.plus(Duration.ofHours(1)), 0, 0, 1, 0, 1, 1)));

		// The pace a patient sees in search comes from the same journeys: 3 booked, the
		// middle one 13 minutes after searching.
		at(clock, 70);
		assertThat(graphQl(null).document(SEARCH)
			.variable("visitType", clinic.visitType().value().toString())
			.execute()
			.path("searchPractitioners.edges[0].node.bookingPace")
			.entity(Map.class)
			.get())
			.isEqualTo(Map.of("patients", 3, "median", "PT13M", "since",
					T0.plus(Duration.ofMinutes(70)).minus(Duration.ofDays(90)).toString()));

		// Staff see their own locations only.
		Map<String, Object> own = Map.of("from", T0.toString(), "to", T0.plus(Duration.ofHours(2)).toString(),
				"locationId", clinic.location().value().toString());
		String staff = bearer(UUID.randomUUID(), Map.of("locations", List.of(clinic.location().value().toString())),
				Role.STAFF);
		graphQl(staff).document(FUNNEL)
			.variable("filter", own)
			.execute()
			.path("funnel.holds.placed")
			.entity(Integer.class)
			.isEqualTo(5);
		graphQl(bearer(UUID.randomUUID(), Map.of("locations", List.of(UUID.randomUUID().toString())), Role.STAFF))
			.document(FUNNEL)
			.variable("filter", own)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		graphQl(asPatientToken()).document(FUNNEL)
			.variable("filter", own)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));

		replayAnalyticsPublications();
		assertThat(funnel(clinic)).isEqualTo(report);
	}

	private static void at(MutableClock clock, double minutes) {
		clock.set(T0.plus(Duration.ofSeconds((long) (minutes * 60))));
	}

	private String track(String journey, String step, Clinic clinic) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("stepId", UUID.randomUUID().toString());
		input.put("step", step);
		if (journey != null) {
			input.put("journeyId", journey);
		}
		if (clinic != null) {
			input.put("practitionerId", clinic.practitioner().value().toString());
			input.put("locationId", clinic.location().value().toString());
		}
		return graphQl(null).document(TRACK)
			.variable("input", input)
			.execute()
			.path("trackFunnelStep.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("trackFunnelStep.recorded")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("trackFunnelStep.journeyId")
			.entity(String.class)
			.get();
	}

	private void link(UUID patient, String journey) {
		asPatient(patient).document(LINK)
			.variable("id", journey)
			.execute()
			.path("linkJourney.journeyId")
			.entity(String.class)
			.isEqualTo(journey);
	}

	private String hold(UUID patient, Clinic clinic, LocalDate day, LocalTime time) {
		Map<String, Object> slot = Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
				clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
				day.atTime(time).atZone(NEW_YORK).toInstant().toString());
		return asPatient(patient).document(HOLD)
			.variable("slot", slot)
			.execute()
			.path("holdSlot.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
	}

	private String confirm(UUID patient, String hold) {
		return asPatient(patient).document(CONFIRM)
			.variable("holdId", hold)
			.variable("key", UUID.randomUUID().toString())
			.execute()
			.path("confirmBooking.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.get();
	}

	private void release(UUID patient, String hold) {
		asPatient(patient).document(RELEASE)
			.variable("holdId", hold)
			.execute()
			.path("releaseHold.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void cancel(UUID patient, String appointment) {
		asPatient(patient).document(CANCEL)
			.variable("id", appointment)
			.execute()
			.path("cancelBooking.appointment.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> funnel(Clinic clinic) {
		Map<String, Object> filter = Map.of("from", T0.toString(), "to", T0.plus(Duration.ofHours(2)).toString(),
				"practitionerId", clinic.practitioner().value().toString(), "bucket", "HOUR");
		return graphQl(bearer(UUID.randomUUID(), Map.of(), Role.ADMIN)).document(FUNNEL)
			.variable("filter", filter)
			.execute()
			.path("funnel")
			.entity(Map.class)
			.get();
	}

	private void awaitFacts(String kind, long count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM analytics.funnel_event WHERE kind = ? AND occurred_at >= ?::timestamptz",
					Long.class, kind, T0.toString()) >= count);
	}

	private void awaitAllListenersDone() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%analytics%'",
					Long.class) == 0);
	}

	/**
	 * Marks every completed analytics publication incomplete and resubmits them: the same
	 * events delivered again, as after a crash between recording and completion.
	 */
	private void replayAnalyticsPublications() {
		int replayed = this.jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' "
				+ "WHERE listener_id LIKE '%analytics%'");
		assertThat(replayed).isGreaterThanOrEqualTo(10);
		this.publications.resubmitIncompletePublications((publication) -> true);
		awaitAllListenersDone();
	}

	private static Map<String, Object> stage(String stage, int journeys, double conversion) {
		return Map.of("stage", stage, "journeys", journeys, "conversionFromPrevious", conversion);
	}

	private static Map<String, Object> bucket(Instant start, int searches, int views, int holdsPlaced,
			int holdsAbandoned, int bookings, int cancellations) {
		return Map.of("start", start.toString(), "searches", searches, "views", views, "holdsPlaced", holdsPlaced,
				"holdsAbandoned", holdsAbandoned, "bookings", bookings, "cancellations", cancellations);
	}

	private String asPatientToken() {
		return bearer(UUID.randomUUID(), Map.of(), Role.PATIENT);
	}

	private HttpGraphQlTester asPatient(UUID patient) {
		return graphQl(bearer(patient, Map.of(), Role.PATIENT));
	}

	private HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	private String bearer(UUID user, Map<String, Object> claims, Role role) {
		return "Bearer " + this.issuer.issue(user, "Test", List.of(role), claims, Duration.ofHours(30));
	}

}
