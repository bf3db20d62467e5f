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
import io.slotwise.testing.Clinic;
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
 * a cancellation refilled by another patient, another refilled from the waitlist) and
 * checks every funnel figure, per period and per hour, against values worked out by hand
 * from those flows. Then replays every analytics publication through the registry and
 * checks that no figure moved.
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
			  cancellations { cancelled refilled refilledFromWaitlist medianTimeToRefill }
			  waitlist { joined offered accepted declined lapsed withdrawn acceptanceRate } groupBookings
			  series { start searches views holdsPlaced holdsAbandoned bookings cancellations offers offersAccepted
			    searchingJourneys bookedJourneys conversion medianTimeToBook waitlistJoined groupBookings } } }""";

	static final String JOIN = """
			mutation($p: WaitlistPreferencesInput!) { joinWaitlist(input: {preferences: $p}) {
			  entry { id } errors { code field } } }""";

	static final String ADD_DEPENDENT = """
			mutation($name: String!) { addDependent(input: {name: $name, dateOfBirth: "2016-05-01",
			  relationship: CHILD}) { dependent { id } errors { code field } } }""";

	static final String GROUP_SLOTS = """
			query($members: [GroupMemberInput!]!, $location: ID!, $day: Date!) {
			  groupSlots(input: {members: $members, locationId: $location, from: $day, to: $day}, first: 1) {
			    edges { node { slots { patientId practitionerId visitTypeId start } } } } }""";

	static final String HOLD_GROUP = """
			mutation($members: [GroupSlotInput!]!) { holdGroup(input: {members: $members}) {
			  hold { id } errors { code field } } }""";

	static final String CONFIRM_GROUP = """
			mutation($holdId: ID!) { confirmGroupBooking(input: {holdId: $holdId, idempotencyKey: "funnel"}) {
			  groupBooking { appointments { status } } errors { code } } }""";

	static final String OFFERS = "{ myOffers(first: 5) { edges { node { id status } } } }";

	static final String ACCEPT = """
			mutation($id: ID!) { acceptOffer(input: {offerId: $id}) { offer { status } errors { code } } }""";

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
		UUID eve = UUID.randomUUID();

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
		String daveBooking = confirm(dave, daveHold);

		// Eve searches and joins the waitlist; Dave cancels at 70, the freed slot is
		// offered to Eve, who accepts at 72: 6 minutes from her search to her booking.
		at(clock, 66);
		String eveJourney = track(null, "SEARCHED", null);
		link(eve, eveJourney);
		asPatient(eve).document(JOIN)
			.variable("p",
					Map.of("visitTypeId", clinic.visitType().value().toString(), "locationIds",
							List.of(clinic.location().value().toString()), "earliest", day.minusDays(1).toString(),
							"latest", day.plusDays(1).toString()))
			.execute()
			.path("joinWaitlist.errors")
			.entityList(Object.class)
			.hasSize(0);
		at(clock, 70);
		cancel(dave, daveBooking);
		String offer = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> asPatient(eve).document(OFFERS)
				.execute()
				.path("myOffers.edges[*].node.id")
				.entityList(String.class)
				.get(), (ids) -> !ids.isEmpty())
			.get(0);
		at(clock, 72);
		asPatient(eve).document(ACCEPT)
			.variable("id", offer)
			.execute()
			.path("acceptOffer.offer.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");

		awaitFacts("BOOKED", 4);
		awaitFacts("OFFER_ACCEPTED", 1);
		awaitAllListenersDone();
		Map<String, Object> report = funnel(clinic);
		// Six searching journeys (Alice, Bob, Carol, the anonymous one, Dave, Eve); Eve
		// never held a slot herself: the waitlist's hold for its offer is nobody's step.
		assertThat(report.get("stages")).isEqualTo(List.of(stage("SEARCH", 6, 1.0), stage("VIEW", 2, 2 / 6.0),
				stage("HOLD", 4, 2.0), stage("BOOK", 4, 1.0)));
		assertThat(report.get("overallConversion")).isEqualTo(4 / 6.0);
		// 5, 15, 13 and 6 minutes: median (6 + 13) / 2 = 9.5, average 39 / 4 = 9.75.
		assertThat(report.get("timeToBook"))
			.isEqualTo(Map.of("journeys", 4, "average", "PT9M45S", "median", "PT9M30S"));
		// Five holds: Bob's first expired, Carol's was released. Four bookings.
		assertThat(report.get("holds")).isEqualTo(
				Map.of("placed", 5, "abandoned", 2, "abandonmentRate", 0.4, "bookings", 4, "holdsPerBooking", 1.25));
		// Alice's slot refilled by Dave after 5 minutes, Dave's by Eve from the waitlist
		// after 2: median 3.5.
		assertThat(report.get("cancellations")).isEqualTo(
				Map.of("cancelled", 2, "refilled", 2, "refilledFromWaitlist", 1, "medianTimeToRefill", "PT3M30S"));
		// Eve joined the waitlist (at her clinic, any practitioner: passes the filter).
		assertThat(report.get("waitlist")).isEqualTo(Map.of("joined", 1, "offered", 1, "accepted", 1, "declined", 0,
				"lapsed", 0, "withdrawn", 0, "acceptanceRate", 1.0));
		assertThat(report.get("groupBookings")).isEqualTo(0);
		// Per hour: the expiry counts at the hold's expiry (minute 13), the cancellations
		// at 60 and 70. First hour: 5 first searches, Alice and Bob booked (5 and 15
		// minutes, median 10); second: Eve's search, Dave and Eve booked (13 and 6,
		// median
		// 9.5).
		assertThat(report.get("series")).isEqualTo(List.of(bucket(T0, 5, 2, 4, 2, 2, 0, 0, 0, 5, 2, 0.4, "PT10M", 0),
				bucket(T0.plus(Duration.ofHours(1)), 1, 0, 1, 0, 2, 2, 1, 1, 1, 2, 2.0, "PT9M30S", 1)));

		// The pace a patient sees in search comes from the same journeys: 4 booked, the
		// middle ones 6 and 13 minutes after searching.
		at(clock, 80);
		assertThat(graphQl(null).document(SEARCH)
			.variable("visitType", clinic.visitType().value().toString())
			.execute()
			.path("searchPractitioners.edges[0].node.bookingPace")
			.entity(Map.class)
			.get())
			.isEqualTo(Map.of("patients", 4, "median", "PT9M30S", "since",
					T0.plus(Duration.ofMinutes(80)).minus(Duration.ofDays(90)).toString()));

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
			.isEqualTo(5)
			// The location's days start at its own midnight (New York's), not UTC's.
			.path("funnel.series[*].start")
			.entityList(String.class)
			.isEqualTo(java.util.stream.Stream.of(T0, T0.plus(Duration.ofMinutes(72)))
				.map((at) -> at.atZone(NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK).toInstant().toString())
				.distinct()
				.toList())
			.path("funnel.series[*].bookings")
			.entityList(Integer.class)
			.satisfies((bookings) -> assertThat(bookings.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4));
		// A reversed period and an overlong specialty are the caller's mistakes.
		Map<String, Object> reversed = Map.of("from", T0.toString(), "to", T0.minusSeconds(1).toString(), "locationId",
				clinic.location().value().toString());
		graphQl(staff).document(FUNNEL)
			.variable("filter", reversed)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")));
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

		replayAnalyticsPublications(10);
		assertThat(funnel(clinic)).isEqualTo(report);
	}

	/**
	 * A group booking counts once (its members also count as bookings), at its location,
	 * from scheduling's {@code GroupEvent.Booked}; a replay changes nothing.
	 */
	@Test
	void aGroupBookingCountsOnceBesideItsMembersBookings() {
		MutableClock clock = (MutableClock) this.clock;
		// A day after the other test's window, so their figures never meet.
		Instant t1 = T0.plus(Duration.ofDays(1));
		clock.set(t1);
		Clinic clinic = Clinic.open(this.catalog);
		UUID guardian = UUID.randomUUID();
		List<Map<String, Object>> members = java.util.stream.Stream.of("Ada", "Ben")
			.map((name) -> asPatient(guardian).document(ADD_DEPENDENT)
				.variable("name", name)
				.execute()
				.path("addDependent.dependent.id")
				.entity(String.class)
				.get())
			.map((id) -> Map.<String, Object>of("patientId", id, "visitTypeId", clinic.visitType().value().toString()))
			.toList();
		List<Map<String, Object>> slots = asPatient(guardian).document(GROUP_SLOTS)
			.variable("members", members)
			.variable("location", clinic.location().value().toString())
			.variable("day", LocalDate.ofInstant(t1, NEW_YORK).plusDays(3).toString())
			.execute()
			.path("groupSlots.edges[0].node.slots")
			.entityList(Object.class)
			.get()
			.stream()
			.map((slot) -> (Map<String, Object>) slot)
			.map((slot) -> Map.<String, Object>of("patientId", slot.get("patientId"), "practitionerId",
					slot.get("practitionerId"), "locationId", clinic.location().value().toString(), "visitTypeId",
					slot.get("visitTypeId"), "start", slot.get("start")))
			.toList();
		at(clock, 24 * 60 + 2);
		assertThat(slots).hasSize(2);
		String hold = asPatient(guardian).document(HOLD_GROUP)
			.variable("members", slots)
			.execute()
			.path("holdGroup.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("holdGroup.hold.id")
			.entity(String.class)
			.get();
		asPatient(guardian).document(CONFIRM_GROUP)
			.variable("holdId", hold)
			.execute()
			.path("confirmGroupBooking.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("confirmGroupBooking.groupBooking.appointments[*].status")
			.entityList(String.class)
			.containsExactly("BOOKED", "BOOKED");

		awaitFacts("GROUP_BOOKED", 1);
		awaitAllListenersDone();
		Map<String, Object> filter = Map.of("from", t1.toString(), "to", t1.plus(Duration.ofHours(1)).toString(),
				"locationId", clinic.location().value().toString(), "bucket", "HOUR");
		Map<String, Object> report = graphQl(bearer(UUID.randomUUID(), Map.of(), Role.ADMIN)).document(FUNNEL)
			.variable("filter", filter)
			.execute()
			.path("funnel")
			.entity(Map.class)
			.get();
		assertThat(report.get("groupBookings")).isEqualTo(1);
		assertThat(((Map<?, ?>) report.get("holds")).get("bookings")).isEqualTo(2);
		assertThat((List<?>) report.get("series")).singleElement().satisfies((bucket) -> {
			assertThat(((Map<?, ?>) bucket).get("groupBookings")).isEqualTo(1);
			assertThat(((Map<?, ?>) bucket).get("bookings")).isEqualTo(2);
		});

		// The group's events and its members' bookings.
		replayAnalyticsPublications(3);
		assertThat(graphQl(bearer(UUID.randomUUID(), Map.of(), Role.ADMIN)).document(FUNNEL)
			.variable("filter", filter)
			.execute()
			.path("funnel")
			.entity(Map.class)
			.get()).isEqualTo(report);
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
	private void replayAnalyticsPublications(int atLeast) {
		int replayed = this.jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' "
				+ "WHERE listener_id LIKE '%analytics%'");
		assertThat(replayed).isGreaterThanOrEqualTo(atLeast);
		this.publications.resubmitIncompletePublications((publication) -> true);
		awaitAllListenersDone();
	}

	private static Map<String, Object> stage(String stage, int journeys, double conversion) {
		return Map.of("stage", stage, "journeys", journeys, "conversionFromPrevious", conversion);
	}

	private static Map<String, Object> bucket(Instant start, int searches, int views, int holdsPlaced,
			int holdsAbandoned, int bookings, int cancellations, int offers, int offersAccepted, int searching,
			int booked, double conversion, String median, int waitlistJoined) {
		Map<String, Object> bucket = new java.util.HashMap<>(Map.of("start", start.toString(), "searches", searches,
				"views", views, "holdsPlaced", holdsPlaced, "holdsAbandoned", holdsAbandoned, "bookings", bookings,
				"cancellations", cancellations, "offers", offers, "offersAccepted", offersAccepted));
		bucket.putAll(Map.of("searchingJourneys", searching, "bookedJourneys", booked, "conversion", conversion,
				"medianTimeToBook", median, "waitlistJoined", waitlistJoined, "groupBookings", 0));
		return bucket;
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
