package io.slotwise.platform.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
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
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.DependentDraft;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
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
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * The ids of issue 14's last round are fields returning their objects: a group bundle's
 * and bundle hold's location, practitioners, visit types and dependents; a confirmed
 * hold's appointment; a waitlist round's catalog objects and its candidates' entries; a
 * visit type's locations; working hours' practitioner and location. Also the totalCount
 * of the audit log and of calendar connections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { CountingStatements.QUIET_SCANS_1, CountingStatements.QUIET_SCANS_2,
				CountingStatements.QUIET_SCANS_3 })
@Import(CountingStatements.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoreConnectedFieldsApiTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	FindPractitioners practitioners;

	@Autowired
	HoldSlot holds;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	ManageDependents dependents;

	@Autowired
	JoinWaitlist waitlist;

	@Autowired
	JdbcTemplate jdbc;

	final UUID patient = UUID.randomUUID();

	final LocalDate day = LocalDate.now(NEW_YORK).plusDays(2);

	Clinic clinic;

	DependentDetails child;

	@BeforeAll
	void aClinicAndAFamily() {
		this.clinic = Clinic.open(this.catalog);
		this.child = done(this.dependents.addDependent(new PatientId(this.patient),
				new DependentDraft("Leo Ivanov", LocalDate.of(2016, 3, 2), DependentDetails.Relationship.CHILD)));
	}

	@Test
	void aConfirmedHoldsStateReturnsItsAppointment() {
		PatientId holder = new PatientId(UUID.randomUUID());
		HoldDetails hold = done(this.holds.holdSlot(holder, new SlotRequest(this.clinic.practitioner(),
				this.clinic.location(), this.clinic.visitType(), this.day.atTime(15, 0).atZone(NEW_YORK).toInstant())));
		AppointmentDetails booked = done(this.confirm.confirmBooking(holder, hold.id(), Optional.empty()));
		String token = bearer(holder.value(), Role.PATIENT, Map.of());
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", token));
				}
			})
			.build();
		Map<String, Object> state = map(tester
			.document("subscription($id: ID!) { holdState(holdId: $id) { status"
					+ " appointment { id status practitioner { name } } } }")
			.variable("id", hold.id().value().toString())
			.executeSubscription()
			.toFlux("holdState", Map.class)
			.blockFirst(Duration.ofSeconds(10)));
		tester.stop().block(Duration.ofSeconds(5));
		assertThat(state).containsEntry("status", "CONFIRMED");
		assertThat(map(state.get("appointment"))).containsEntry("id", booked.id().value().toString())
			.containsEntry("practitioner", Map.of("name", "Dr. Test Derm"));
	}

	@Test
	void groupBundlesAndBundleHoldsReturnTheirLocationPractitionersVisitTypesAndDependents() {
		HttpGraphQlTester asPatient = GraphQlClients.http(this.port, bearer(this.patient, Role.PATIENT, Map.of()));
		Map<String, Object> bundle = asPatient.document("""
				query($members: [GroupMemberInput!]!, $l: ID!, $from: Date!) {
				  groupSlots(input: {members: $members, locationId: $l, from: $from, to: $from}, first: 1) {
				    edges { node { location { name } slots {
				      patientId practitionerId start practitioner { name } visitType { name } dependent { name }
				    } } } } }""")
			.variable("members",
					List.of(Map.of("patientId", this.patient.toString(), "visitTypeId", visitType()),
							Map.of("patientId", this.child.id().value().toString(), "visitTypeId", visitType())))
			.variable("l", this.clinic.location().value().toString())
			.variable("from", this.day.plusDays(1).toString())
			.execute()
			.path("groupSlots.edges[0].node")
			.entity(Map.class)
			.get();
		assertThat(bundle.get("location")).isEqualTo(Map.of("name", "Chelsea Clinic"));
		List<Map<String, Object>> slots = list(bundle.get("slots"));
		assertThat(slots).extracting((slot) -> slot.get("practitioner")).containsOnly(Map.of("name", "Dr. Test Derm"));
		assertThat(slots).extracting((slot) -> slot.get("visitType")).containsOnly(Map.of("name", "Minor procedure"));
		assertThat(slots).extracting((slot) -> slot.get("dependent"))
			.containsExactly(null, Map.of("name", "Leo Ivanov"));
		List<Map<String, Object>> members = slots.stream()
			.map((slot) -> Map.<String, Object>of("patientId", slot.get("patientId"), "practitionerId",
					slot.get("practitionerId"), "locationId", this.clinic.location().value().toString(), "visitTypeId",
					visitType(), "start", slot.get("start")))
			.toList();
		asPatient.document("""
				mutation($members: [GroupSlotInput!]!) { holdGroup(input: {members: $members}) {
				  hold { location { name } members { practitioner { name } visitType { name } dependent { name } } }
				  errors { code message } } }""")
			.variable("members", members)
			.execute()
			.path("holdGroup.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("holdGroup.hold.location.name")
			.entity(String.class)
			.isEqualTo("Chelsea Clinic")
			.path("holdGroup.hold.members[*].dependent")
			.entityList(Object.class)
			.containsExactly(null, Map.of("name", "Leo Ivanov"))
			.path("holdGroup.hold.members[0].practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm");
	}

	@Test
	void aRoundReturnsItsCatalogObjectsAndItsCandidatesEntries() {
		WaitlistEntry first = join(new PatientId(UUID.randomUUID()));
		WaitlistEntry second = join(new PatientId(UUID.randomUUID()));
		UUID round = UUID.randomUUID();
		OffsetDateTime start = this.day.plusDays(3).atTime(9, 0).atZone(NEW_YORK).toOffsetDateTime();
		this.jdbc.update("""
				insert into waitlist.round (id, cause, practitioner_id, location_id, visit_type_id, slot_start,
				  slot_end, status, parallel, opened_at)
				values (?, ?, ?, ?, ?, ?, ?, 'EXHAUSTED', 1, ?)""", round, "test:" + round,
				this.clinic.practitioner().value(), this.clinic.location().value(), this.clinic.visitType().value(),
				start, start.plusMinutes(30), OffsetDateTime.now(ZoneOffset.UTC));
		int rank = 1;
		for (WaitlistEntry entry : List.of(first, second)) {
			this.jdbc.update("""
					insert into waitlist.candidate (round_id, rank, entry_id, patient_id, total, fit, waited,
					  flexibility, priority) values (?, ?, ?, ?, 50, 1, 0, 0.5, 0)""", round, rank++,
					entry.id().value(), entry.patient().value());
		}
		HttpGraphQlTester staff = GraphQlClients.http(this.port, bearer(UUID.randomUUID(), Role.STAFF,
				Map.of("locations", List.of(this.clinic.location().value().toString()))));
		staff.document("""
				query($l: ID!) { waitlistRounds(locationId: $l, first: 5) { totalCount edges { node {
				  practitioner { name } location { name } visitType { name } candidates { rank entry { id } }
				} } } }""")
			.variable("l", this.clinic.location().value().toString())
			.execute()
			.path("waitlistRounds.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("waitlistRounds.edges[0].node.practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm")
			.path("waitlistRounds.edges[0].node.location.name")
			.entity(String.class)
			.isEqualTo("Chelsea Clinic")
			.path("waitlistRounds.edges[0].node.visitType.name")
			.entity(String.class)
			.isEqualTo("Minor procedure")
			.path("waitlistRounds.edges[0].node.candidates[*].entry.id")
			.entityList(String.class)
			.containsExactly(first.id().value().toString(), second.id().value().toString());
	}

	@Test
	void catalogIdsReturnTheirObjectsToo() {
		String specialty = this.practitioners.practitioner(this.clinic.practitioner())
			.orElseThrow()
			.specialties()
			.iterator()
			.next();
		CatalogChange<VisitType> created = this.catalog.createVisitType(CatalogEditor.administrator(UUID.randomUUID()),
				new VisitTypeDraft("Follow-up", specialty, Duration.ofMinutes(30), Duration.ofMinutes(30),
						VisitType.Patients.ANY, "PROCEDURE", List.of(), List.of(this.clinic.location())));
		String visitType = ((CatalogChange.Applied<VisitType>) created).value().id().value().toString();
		GraphQlClients.http(this.port, null)
			.document("""
					query($v: ID!, $p: ID!, $l: ID!) {
					  visitType(id: $v) { locations { name } }
					  practitioner(id: $p) { workingHours(locationId: $l) { practitioner { name } location { name } } }
					}""")
			.variable("v", visitType)
			.variable("p", this.clinic.practitioner().value().toString())
			.variable("l", this.clinic.location().value().toString())
			.execute()
			.path("visitType.locations[*].name")
			.entityList(String.class)
			.containsExactly("Chelsea Clinic")
			.path("practitioner.workingHours.practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm")
			.path("practitioner.workingHours.location.name")
			.entity(String.class)
			.isEqualTo("Chelsea Clinic");
	}

	@Test
	void theAuditLogAndCalendarConnectionsCountTheirWholeFilter() {
		// the child's booking writes the trail this test counts (a hold and its
		// confirmation)
		PatientId child = this.child.id();
		HoldDetails hold = done(this.holds.holdSlot(child, new SlotRequest(this.clinic.practitioner(),
				this.clinic.location(), this.clinic.visitType(), this.day.atTime(16, 0).atZone(NEW_YORK).toInstant())));
		done(this.confirm.confirmBooking(child, hold.id(), Optional.empty()));
		HttpGraphQlTester admin = GraphQlClients.http(this.port, bearer(UUID.randomUUID(), Role.ADMIN, Map.of()));
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int total = admin.document("""
				query($from: DateTime!, $to: DateTime!, $p: ID) {
				  auditLog(from: $from, to: $to, patientId: $p, first: 1) { totalCount edges { node { action } } } }""")
			.variable("from", now.minusDays(1).toString())
			.variable("to", now.plusMinutes(5).toString())
			.variable("p", this.child.id().value().toString())
			.execute()
			.path("auditLog.edges")
			.entityList(Object.class)
			.hasSizeLessThan(2)
			.path("auditLog.totalCount")
			.entity(Integer.class)
			.get();
		// the count is the whole filter, not the page: the same filter paged wide lists
		// as many
		int listed = admin.document("""
				query($from: DateTime!, $to: DateTime!, $p: ID) {
				  auditLog(from: $from, to: $to, patientId: $p, first: 50) { edges { node { action } } } }""")
			.variable("from", now.minusDays(1).toString())
			.variable("to", now.plusMinutes(5).toString())
			.variable("p", this.child.id().value().toString())
			.execute()
			.path("auditLog.edges")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(total).isPositive().isEqualTo(listed);
		admin.document("query($p: ID!) { calendarConnections(practitionerId: $p) { totalCount } }")
			.variable("p", this.clinic.practitioner().value().toString())
			.execute()
			.path("calendarConnections.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		GraphQlClients.http(this.port, bearer(UUID.randomUUID(), Role.PATIENT, Map.of()))
			.document("query($from: DateTime!, $to: DateTime!) { auditLog(from: $from, to: $to) { totalCount } }")
			.variable("from", now.minusDays(1).toString())
			.variable("to", now.toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	private WaitlistEntry join(PatientId who) {
		WaitlistOutcome<WaitlistEntry> joined = this.waitlist.join(who,
				new Preferences(this.clinic.visitType(), List.of(), List.of(this.clinic.location()), null, null,
						this.day, this.day.plusDays(30), Set.of(), List.of(), Duration.ZERO, Set.of(Channel.IN_APP),
						null));
		assertThat(joined).isInstanceOf(WaitlistOutcome.Done.class);
		return ((WaitlistOutcome.Done<WaitlistEntry>) joined).value();
	}

	private String visitType() {
		return this.clinic.visitType().value().toString();
	}

	private String bearer(UUID user, Role role, Map<String, Object> claims) {
		return "Bearer " + this.issuer.issue(user, "Test " + role, List.of(role), claims, Duration.ofMinutes(5));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

}
