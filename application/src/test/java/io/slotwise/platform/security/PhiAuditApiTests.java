package io.slotwise.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.testing.Clinic;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, item 6 through HTTP: every read and change of a patient's appointments is in
 * the audit trail with actor, role, request id and client address; an appointment's
 * history says who booked, moved and cancelled it, from what to what, to its patient and
 * to staff of its location only; administrators page through the trail in bounded
 * windows; and the database refuses to change or delete what was written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhiAuditApiTests {

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } errors { code } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!) { confirmBooking(input: {holdId: $holdId}) { appointment { id } errors { code } } }""";

	static final String RESCHEDULE = """
			mutation($id: ID!, $start: DateTime!) { rescheduleBooking(input: {appointmentId: $id, newStart: $start}) {
			  appointment { start } errors { code } } }""";

	static final String CANCEL = """
			mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) { appointment { status } errors { code } } }""";

	static final String HISTORY = """
			query($id: ID!) { appointmentHistory(appointmentId: $id) { at actorId role patientId action subject from to
			  requestId clientIp } }""";

	static final String AUDIT_LOG = """
			query($from: DateTime!, $to: DateTime!, $patient: ID, $first: Int, $after: String) {
			  auditLog(from: $from, to: $to, patientId: $patient, first: $first, after: $after) {
			    edges { cursor node { actorId role action subject subjectId requestId clientIp } }
			    pageInfo { hasNextPage endCursor } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	Clinic clinic;

	UUID patientId;

	HttpGraphQlTester patient;

	HttpGraphQlTester staff;

	HttpGraphQlTester admin;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
		this.patientId = UUID.randomUUID();
		this.patient = as(this.patientId, List.of(Role.PATIENT), List.of());
		this.staff = as(UUID.randomUUID(), List.of(Role.STAFF), List.of(this.clinic.location().value().toString()));
		this.admin = as(UUID.randomUUID(), List.of(Role.ADMIN), List.of());
	}

	@Test
	void anAppointmentsHistorySaysWhoBookedMovedAndCancelledItFromWhatToWhat() {
		String appointment = bookAt(10);
		this.staff.document(RESCHEDULE)
			.variable("id", appointment)
			.variable("start", start(11))
			.execute()
			.path("rescheduleBooking.appointment.start")
			.entity(String.class)
			.isEqualTo(start(11));
		this.patient.document(CANCEL)
			.variable("id", appointment)
			.execute()
			.path("cancelBooking.appointment.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
		for (HttpGraphQlTester reader : List.of(this.patient, this.staff, this.admin)) {
			GraphQlTester.Response history = reader.document(HISTORY).variable("id", appointment).execute();
			history.path("appointmentHistory[*].action")
				.entityList(String.class)
				.containsExactly("CREATE", "UPDATE", "CANCEL");
			history.path("appointmentHistory[*].role")
				.entityList(String.class)
				.containsExactly("PATIENT", "STAFF", "PATIENT");
			history.path("appointmentHistory[1].from")
				.entity(String.class)
				.satisfies((from) -> assertThat(from).startsWith(start(10) + "/"));
			history.path("appointmentHistory[1].to")
				.entity(String.class)
				.satisfies((to) -> assertThat(to).startsWith(start(11) + "/"));
			history.path("appointmentHistory[0].actorId").entity(String.class).isEqualTo(this.patientId.toString());
			history.path("appointmentHistory[0].clientIp").entity(String.class).isEqualTo("127.0.0.1");
			history.path("appointmentHistory[0].requestId").hasValue();
		}
		for (HttpGraphQlTester stranger : List.of(as(UUID.randomUUID(), List.of(Role.PATIENT), List.of()),
				as(UUID.randomUUID(), List.of(Role.STAFF), List.of(UUID.randomUUID().toString())))) {
			stranger.document(HISTORY)
				.variable("id", appointment)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		}
	}

	@Test
	void administratorsPageThroughEveryReadAndChangeOfAPatientsData() {
		String appointment = bookAt(12);
		this.patient.document("{ myAppointments(first: 5) { edges { node { id } } } }").execute();
		Instant now = Instant.now();
		GraphQlTester.Response first = this.admin.document(AUDIT_LOG)
			.variable("from", now.minus(Duration.ofHours(1)).toString())
			.variable("to", now.plus(Duration.ofHours(1)).toString())
			.variable("patient", this.patientId.toString())
			.variable("first", 2)
			.execute();
		first.path("auditLog.edges[*].node.action").entityList(String.class).containsExactly("CREATE", "CREATE");
		first.path("auditLog.edges[*].node.subject").entityList(String.class).containsExactly("hold", "appointment");
		first.path("auditLog.edges[1].node.subjectId").entity(String.class).isEqualTo(appointment);
		first.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("auditLog.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response rest = this.admin.document(AUDIT_LOG)
			.variable("from", now.minus(Duration.ofHours(1)).toString())
			.variable("to", now.plus(Duration.ofHours(1)).toString())
			.variable("patient", this.patientId.toString())
			.variable("first", 10)
			.variable("after", cursor)
			.execute();
		String read = "auditLog.edges[?(@.node.subject == 'appointments')].node";
		rest.path(read + ".action").entityList(String.class).containsExactly("READ");
		rest.path(read + ".actorId").entityList(String.class).containsExactly(this.patientId.toString());
		rest.path(read + ".role").entityList(String.class).containsExactly("PATIENT");
		rest.path(read + ".clientIp").entityList(String.class).containsExactly("127.0.0.1");
		rest.path(read + ".requestId").entityList(String.class).hasSize(1);
		rest.path("auditLog.edges[*].node.subjectId").entityList(String.class).doesNotContain(appointment);
	}

	@Test
	void onlyAdministratorsReadTheAuditLogAndOnlyInBoundedWindows() {
		Instant now = Instant.now();
		for (HttpGraphQlTester notAdmin : List.of(this.patient, this.staff)) {
			notAdmin.document(AUDIT_LOG)
				.variable("from", now.minus(Duration.ofHours(1)).toString())
				.variable("to", now.toString())
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}
		this.admin.document(AUDIT_LOG)
			.variable("from", now.minus(Duration.ofDays(40)).toString())
			.variable("to", now.toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
					.containsEntry("field", "to")));
		this.admin.document(AUDIT_LOG)
			.variable("from", now.toString())
			.variable("to", now.minus(Duration.ofHours(1)).toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteTheTrail() {
		bookAt(13);
		String mine = "patient_id = '" + this.patientId + "'";
		Integer written = this.jdbc.queryForObject("SELECT count(*) FROM scheduling.phi_audit WHERE " + mine,
				Integer.class);
		assertThat(written).isGreaterThanOrEqualTo(2);
		assertThatThrownBy(() -> this.jdbc.update("UPDATE scheduling.phi_audit SET role = 'NOBODY' WHERE " + mine))
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM scheduling.phi_audit WHERE " + mine))
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("TRUNCATE scheduling.phi_audit"))
			.hasStackTraceContaining("append-only");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM scheduling.phi_audit WHERE " + mine + " AND role <> 'NOBODY'", Integer.class))
			.isEqualTo(written);
	}

	private String bookAt(int hour) {
		String hold = this.patient.document(HOLD)
			.variable("slot", slot(hour))
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
		return this.patient.document(CONFIRM)
			.variable("holdId", hold)
			.execute()
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.get();
	}

	private HttpGraphQlTester as(UUID id, List<Role> roles, List<String> locations) {
		Map<String, Object> claims = locations.isEmpty() ? Map.of() : Map.of("locations", locations);
		return GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(id, "Audit test", roles, claims, Duration.ofMinutes(5)));
	}

	private Map<String, Object> slot(int hour) {
		return Map.of("practitionerId", this.clinic.practitioner().value().toString(), "locationId",
				this.clinic.location().value().toString(), "visitTypeId", this.clinic.visitType().value().toString(),
				"start", start(hour));
	}

	private static String start(int hour) {
		ZoneId zone = ZoneId.of("America/New_York");
		return LocalDate.now(zone).plusDays(2).atTime(hour, 0).atZone(zone).toInstant().toString();
	}

}
