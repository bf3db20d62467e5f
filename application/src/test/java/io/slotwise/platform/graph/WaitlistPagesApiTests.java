package io.slotwise.platform.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.testing.Clinic;
import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.JoinWaitlist;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.WaitlistOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The waitlist's pages cost a constant number of statements with their connected fields:
 * a patient's 50 offers with each one's entry, booking and catalog objects take as many
 * statements as 5, and so does a location's ranked waitlist of 50 entries against 5.
 * Offers are written as rows (a freed slot offered and accepted), since making 50 through
 * real cancellations would test the waitlist's matching, not its pages; entries and
 * bookings go through the modules' published APIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { CountingStatements.QUIET_SCANS_1, CountingStatements.QUIET_SCANS_2,
				CountingStatements.QUIET_SCANS_3 })
@Import(CountingStatements.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitlistPagesApiTests {

	static final String OFFERS = """
			query($first: Int) { myOffers(first: $first) { totalCount edges { node {
			  id status practitioner { name } location { name } visitType { name }
			  entry { id visitType { name } practitioners { name } locations { name address { street } } }
			  appointment { id start practitioner { name } location { name } visitType { name } }
			} } } }""";

	static final String WAITLIST = """
			query($l: ID!, $first: Int) { waitlist(locationId: $l, first: $first) { totalCount edges { node {
			  entry { id visitType { name } practitioners { name } locations { name } } score { total }
			} } } }""";

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	BookWithoutHold booking;

	@Autowired
	JoinWaitlist waitlist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementLog log;

	final UUID patient = UUID.randomUUID();

	final LocalDate first = LocalDate.now(NEW_YORK).plusDays(2);

	Clinic crowded;

	Clinic quiet;

	/**
	 * The patient: one entry, fifty accepted offers each with its booking. A crowded
	 * location with fifty waiting patients, a quiet one with five.
	 */
	@BeforeAll
	void fiftyOffersAndFiftyEntries() {
		this.crowded = Clinic.open(this.catalog);
		this.quiet = Clinic.open(this.catalog);
		// a clinic's first working hours are new capacity, offered to whoever waits then:
		// seen before anyone joins, so the only offers are the ones written below
		for (Clinic clinic : List.of(this.crowded, this.quiet)) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.queryForObject(
						"select count(*) from waitlist.hours_seen where practitioner_id = ?", Integer.class,
						clinic.practitioner().value()) > 0);
		}
		WaitlistEntry entry = join(new PatientId(this.patient), this.crowded);
		Requester self = new Requester(this.patient, Requester.Standing.PATIENT, Set.of());
		for (int i = 0; i < 50; i++) {
			Instant start = this.first.plusDays(i / 10).atTime(8 + (i % 10), 0).atZone(NEW_YORK).toInstant();
			Outcome<AppointmentDetails> booked = this.booking.bookWithoutHold(self, new PatientId(this.patient),
					new SlotRequest(this.crowded.practitioner(), this.crowded.location(), this.crowded.visitType(),
							start),
					Optional.empty());
			assertThat(booked).isInstanceOf(Outcome.Done.class);
			acceptedOffer(entry, ((Outcome.Done<AppointmentDetails>) booked).value(), i);
		}
		for (int i = 1; i < 50; i++) {
			join(new PatientId(UUID.randomUUID()), this.crowded);
		}
		for (int i = 0; i < 5; i++) {
			join(new PatientId(UUID.randomUUID()), this.quiet);
		}
	}

	@Test
	void fiftyOffersWithTheirEntryBookingAndCatalogCostAsManyStatementsAsFive() {
		List<String> forFive = statements(asPatient(), OFFERS, Map.of("first", 5), "myOffers.edges", 5);
		List<String> forFifty = statements(asPatient(), OFFERS, Map.of("first", 50), "myOffers.edges", 50);
		// page, count, audit of the page; entries, appointments (each + one audit
		// insert); each catalog loader once for offers, entries and appointments
		NoOneByOne.assertCosts(forFive, forFifty, 24);
		asPatient().document(OFFERS)
			.variable("first", 2)
			.execute()
			.path("myOffers.totalCount")
			.entity(Integer.class)
			.isEqualTo(50)
			.path("myOffers.edges[0].node.appointment.practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm")
			.path("myOffers.edges[0].node.entry.locations[0].address.street")
			.entity(String.class)
			.isEqualTo("1 W 23rd St");
	}

	@Test
	void aRankedWaitlistOfFiftyCostsAsManyStatementsAsOfFive() {
		HttpGraphQlTester crowdedStaff = asStaffOf(this.crowded);
		HttpGraphQlTester quietStaff = asStaffOf(this.quiet);
		List<String> forFive = statements(quietStaff, WAITLIST,
				Map.of("l", this.quiet.location().value().toString(), "first", 50), "waitlist.edges", 5);
		List<String> forFifty = statements(crowdedStaff, WAITLIST,
				Map.of("l", this.crowded.location().value().toString(), "first", 50), "waitlist.edges", 50);
		NoOneByOne.assertCosts(forFive, forFifty, 16);
		crowdedStaff.document(WAITLIST)
			.variable("l", this.crowded.location().value().toString())
			.variable("first", 3)
			.execute()
			.path("waitlist.totalCount")
			.entity(Integer.class)
			.isEqualTo(50);
	}

	@Test
	void totalCountsCountEverythingAndOnlyWhenAsked() {
		asPatient().document("{ myAppointments(first: 1) { totalCount edges { node { id } } } }")
			.execute()
			.path("myAppointments.totalCount")
			.entity(Integer.class)
			.isEqualTo(50)
			.path("myAppointments.edges")
			.entityList(Object.class)
			.hasSize(1);
		asPatient().document("{ myWaitlistEntries { totalCount } }")
			.execute()
			.path("myWaitlistEntries.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		List<String> withoutCount = statements(asPatient(), "{ myAppointments(first: 1) { edges { node { id } } } }",
				Map.of(), "myAppointments.edges", 1);
		assertThat(withoutCount).noneMatch((sql) -> sql.contains("count("));
	}

	private List<String> statements(HttpGraphQlTester tester, String document, Map<String, Object> variables,
			String edges, int expected) {
		this.log.clear();
		var request = tester.document(document);
		variables.forEach(request::variable);
		request.execute().path(edges).entityList(Object.class).hasSize(expected);
		return this.log.statements();
	}

	private WaitlistEntry join(PatientId who, Clinic clinic) {
		WaitlistOutcome<WaitlistEntry> joined = this.waitlist.join(who,
				new Preferences(clinic.visitType(), List.of(clinic.practitioner()), List.of(clinic.location()), null,
						null, this.first, this.first.plusDays(30), Set.of(), List.of(), Duration.ZERO,
						Set.of(Channel.IN_APP), null));
		assertThat(joined).isInstanceOf(WaitlistOutcome.Done.class);
		return ((WaitlistOutcome.Done<WaitlistEntry>) joined).value();
	}

	/** A round that offered the booked slot to the patient, who accepted it. */
	private void acceptedOffer(WaitlistEntry entry, AppointmentDetails appointment, int i) {
		UUID round = UUID.randomUUID();
		OffsetDateTime offeredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(60 - i);
		this.jdbc.update("""
				insert into waitlist.round (id, cause, practitioner_id, location_id, visit_type_id, slot_start,
				  slot_end, status, parallel, appointment_id, opened_at)
				values (?, ?, ?, ?, ?, ?, ?, 'BOOKED', 1, ?, ?)""", round, "test:" + round,
				appointment.practitioner().value(), appointment.location().value(), appointment.visitType().value(),
				appointment.start().atOffset(ZoneOffset.UTC), appointment.end().atOffset(ZoneOffset.UTC),
				appointment.id().value(), offeredAt);
		this.jdbc.update("""
				insert into waitlist.offer (id, round_id, rank, entry_id, patient_id, offered_at, deadline,
				  others_offered, status, closed_at)
				values (?, ?, 1, ?, ?, ?, ?, 0, 'ACCEPTED', ?)""", UUID.randomUUID(), round, entry.id().value(),
				this.patient, offeredAt, offeredAt.plusMinutes(15), offeredAt.plusMinutes(1));
	}

	private HttpGraphQlTester asPatient() {
		return GraphQlClients.http(this.port, "Bearer "
				+ this.issuer.issue(this.patient, "Patient", List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5)));
	}

	private HttpGraphQlTester asStaffOf(Clinic clinic) {
		return GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(UUID.randomUUID(), "Front desk", List.of(Role.STAFF),
						Map.of("locations", List.of(clinic.location().value().toString())), Duration.ofMinutes(5)));
	}

}
