package io.slotwise.platform.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.DependentDraft;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.audit.AuditEntry;
import io.slotwise.scheduling.audit.ReadAuditTrail;
import io.slotwise.scheduling.audit.ReadAuditTrail.AuditQuery;
import io.slotwise.testing.Clinic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * Staff's day schedule through the real transport: who may see it, what a column holds
 * (appointments with the patient's name where known, live holds, time outside working
 * hours, in the location's zone), the PHI reads it records, and that a location's day
 * costs as many statements with ten practitioners and twenty appointments as with two and
 * two. The background scans that touch the counted tables run hourly here, so only the
 * request's own statements are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { CountingStatements.QUIET_SCANS_1, CountingStatements.QUIET_SCANS_2,
				CountingStatements.QUIET_SCANS_3 })
@Import(CountingStatements.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DayScheduleApiTests {

	static final String SCHEDULE = """
			query($date: Date!, $locationId: ID, $practitionerId: ID) {
			  daySchedule(date: $date, locationId: $locationId, practitionerId: $practitionerId) {
			    date truncated
			    columns {
			      timeZone dayStart dayEnd
			      practitioner { id name }
			      location { id name address { street } }
			      entries { kind start end localStart localEnd patientName
			        appointment { id patientId practitioner { name } location { name } visitType { name } dependent { name } } }
			      appointments { id }
			    }
			  }
			}""";

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	FindPractitioners practitioners;

	@Autowired
	BookWithoutHold booking;

	@Autowired
	HoldSlot holds;

	@Autowired
	ManageDependents dependents;

	@Autowired
	ReadAuditTrail audit;

	@Autowired
	StatementLog log;

	final LocalDate day = LocalDate.now(NEW_YORK).plusDays(3);

	final Requester admin = new Requester(UUID.randomUUID(), Requester.Standing.ADMIN, Set.of());

	Clinic small;

	Clinic large;

	PatientId guardian;

	PatientId dependent;

	/**
	 * A small clinic with 2 practitioners and 2 appointments (one for a dependent, one
	 * hold); a large one with 10 practitioners and 20 appointments.
	 */
	@BeforeAll
	void twoClinics() {
		this.small = Clinic.open(this.catalog);
		this.large = Clinic.open(this.catalog);
		List<PractitionerId> few = staffed(this.small, 2);
		List<PractitionerId> many = staffed(this.large, 10);
		this.guardian = new PatientId(UUID.randomUUID());
		this.dependent = done(this.dependents.addDependent(this.guardian,
				new DependentDraft("Mila Petrova", LocalDate.of(2018, 5, 1), DependentDetails.Relationship.CHILD)))
			.id();
		book(this.small, few.get(0), this.dependent, LocalTime.of(9, 0));
		book(this.small, few.get(1), new PatientId(UUID.randomUUID()), LocalTime.of(10, 0));
		done(this.holds.holdSlot(new PatientId(UUID.randomUUID()), slot(this.small, few.get(0), LocalTime.of(11, 0))));
		for (int i = 0; i < 20; i++) {
			book(this.large, many.get(i % 10), new PatientId(UUID.randomUUID()),
					LocalTime.of(8, 0).plusMinutes(30L * i));
		}
	}

	@Test
	void aLocationsDayCostsAsManyStatementsForTenPractitionersAsForTwo() {
		List<String> forTwo = statementsFor(this.small);
		List<String> forTen = statementsFor(this.large);
		// columns: location, practitioners (+ their locations), working hours (rules,
		// exceptions), appointments, external busy times, one audit insert; then each
		// DataLoader once: columns' and appointments' practitioners and locations (+
		// opening hours), visit types, dependents for names and for Appointment.dependent
		NoOneByOne.assertCosts(forTwo, forTen, 24);
	}

	@Test
	void aColumnShowsAppointmentsWithTheDependentsNameHoldsAndTimeOffInTheLocationsZone() {
		Map<String, Object> schedule = asStaffOf(this.small.location()).document(SCHEDULE)
			.variable("date", this.day.toString())
			.variable("locationId", this.small.location().value().toString())
			.execute()
			.path("daySchedule")
			.entity(Map.class)
			.get();
		assertThat(schedule).containsEntry("date", this.day.toString()).containsEntry("truncated", false);
		List<Map<String, Object>> columns = list(schedule.get("columns"));
		assertThat(columns).hasSize(3);
		Map<String, Object> first = columns.stream()
			.filter((column) -> list(column.get("appointments")).size() == 1
					&& list(column.get("entries")).stream().anyMatch((entry) -> "HOLD".equals(entry.get("kind"))))
			.findFirst()
			.orElseThrow();
		assertThat(first).containsEntry("timeZone", "America/New_York")
			.containsEntry("dayStart", this.day.atStartOfDay(NEW_YORK).toInstant().toString());
		List<Map<String, Object>> entries = list(first.get("entries"));
		assertThat(entries)
			.extracting((entry) -> entry.get("kind") + " " + entry.get("localStart") + "-" + entry.get("localEnd") + " "
					+ entry.get("patientName"))
			.containsExactly("OUTSIDE_WORKING_HOURS 00:00-08:00 null", "APPOINTMENT 09:00-09:30 Mila Petrova",
					"HOLD 11:00-11:30 null", "OUTSIDE_WORKING_HOURS 18:00-00:00 null");
		Map<String, Object> appointment = map(entries.get(1).get("appointment"));
		assertThat(appointment).containsEntry("patientId", this.dependent.value().toString());
		assertThat(map(appointment.get("practitioner"))).containsEntry("name", "Dr. Column 0");
		assertThat(map(appointment.get("dependent"))).containsEntry("name", "Mila Petrova");
	}

	@Test
	void showingAppointmentsIsAuditedAsAReadOfEachPatient() {
		Instant before = Instant.now().minusSeconds(1);
		asStaffOf(this.small.location()).document(SCHEDULE)
			.variable("date", this.day.toString())
			.variable("locationId", this.small.location().value().toString())
			.execute()
			.path("daySchedule.columns")
			.entityList(Object.class)
			.hasSize(3);
		Outcome<List<AuditEntry>> read = this.audit.entries(this.admin,
				new AuditQuery(before, Instant.now().plusSeconds(1), this.dependent, null, 0, 50));
		assertThat(((Outcome.Done<List<AuditEntry>>) read).value())
			.anySatisfy((entry) -> assertThat(entry.subject() + " " + entry.role()).isEqualTo("day-schedule STAFF"));
	}

	@Test
	void patientsAndStaffOfOtherLocationsAreForbiddenAndBadArgumentsAreTyped() {
		String location = this.small.location().value().toString();
		assertThat(codeOf(asPatient(), Map.of("locationId", location))).isEqualTo("FORBIDDEN");
		assertThat(codeOf(asStaffOf(this.large.location()), Map.of("locationId", location))).isEqualTo("FORBIDDEN");
		assertThat(codeOf(asStaffOf(this.large.location()),
				Map.of("practitionerId", this.small.practitioner().value().toString())))
			.isEqualTo("FORBIDDEN");
		assertThat(codeOf(asStaffOf(this.small.location()), Map.of())).isEqualTo("VALIDATION_FAILED");
		assertThat(codeOf(asStaffOf(this.small.location()), Map.of("locationId", "not-an-id")))
			.isEqualTo("VALIDATION_FAILED");
		assertThat(codeOf(asAdmin(), Map.of("locationId", UUID.randomUUID().toString()))).isEqualTo("NOT_FOUND");
		assertThat(codeOf(asAdmin(), Map.of("locationId", location), this.day.plusDays(400)))
			.isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void aPractitionersDayIsOneColumnPerLocationTheCallerMaySee() {
		asStaffOf(this.small.location()).document(SCHEDULE)
			.variable("date", this.day.toString())
			.variable("practitionerId", this.small.practitioner().value().toString())
			.execute()
			.path("daySchedule.columns[*].location.id")
			.entityList(String.class)
			.containsExactly(this.small.location().value().toString());
	}

	private List<String> statementsFor(Clinic clinic) {
		HttpGraphQlTester asAdmin = asAdmin();
		this.log.clear();
		asAdmin.document(SCHEDULE)
			.variable("date", this.day.toString())
			.variable("locationId", clinic.location().value().toString())
			.execute()
			.path("daySchedule.columns")
			.entityList(Object.class)
			.hasSizeGreaterThan(1);
		return this.log.statements();
	}

	private String codeOf(HttpGraphQlTester tester, Map<String, Object> arguments) {
		return codeOf(tester, arguments, this.day);
	}

	private String codeOf(HttpGraphQlTester tester, Map<String, Object> arguments, LocalDate date) {
		StringBuilder code = new StringBuilder();
		GraphQlTester.Request<?> request = tester.document(SCHEDULE).variable("date", date.toString());
		arguments.forEach(request::variable);
		request.execute().errors().satisfy((errors) -> code.append(errors.getFirst().getExtensions().get("code")));
		return code.toString();
	}

	/** The clinic's own practitioner plus {@code more - 1} others, named Dr. Column i. */
	private List<PractitionerId> staffed(Clinic clinic, int count) {
		Set<String> specialties = this.practitioners.practitioner(clinic.practitioner()).orElseThrow().specialties();
		List<WorkingHours.Weekly> hours = Arrays.stream(java.time.DayOfWeek.values())
			.map((weekday) -> new WorkingHours.Weekly(weekday, LocalTime.of(8, 0), LocalTime.of(18, 0)))
			.toList();
		List<PractitionerId> staff = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			PractitionerId id = applied(this.catalog.createPractitioner(ADMIN, new PractitionerDraft("Dr. Column " + i,
					List.copyOf(specialties), List.of("en"), List.of(), null, 0, List.of(clinic.location()))))
				.id();
			applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(id, clinic.location(), hours, List.of())));
			staff.add(id);
		}
		return staff;
	}

	private void book(Clinic clinic, PractitionerId practitioner, PatientId patient, LocalTime at) {
		done(this.booking.bookWithoutHold(this.admin, patient, slot(clinic, practitioner, at), Optional.empty()));
	}

	private SlotRequest slot(Clinic clinic, PractitionerId practitioner, LocalTime at) {
		return new SlotRequest(practitioner, clinic.location(), clinic.visitType(),
				this.day.atTime(at).atZone(NEW_YORK).toInstant());
	}

	private HttpGraphQlTester asStaffOf(LocationId location) {
		return GraphQlClients.http(this.port, "Bearer " + this.issuer.issue(UUID.randomUUID(), "Front desk",
				List.of(Role.STAFF), Map.of("locations", List.of(location.value().toString())), Duration.ofMinutes(5)));
	}

	private HttpGraphQlTester asAdmin() {
		return GraphQlClients.http(this.port, "Bearer "
				+ this.issuer.issue(UUID.randomUUID(), "Admin", List.of(Role.ADMIN), Map.of(), Duration.ofMinutes(5)));
	}

	private HttpGraphQlTester asPatient() {
		return GraphQlClients.http(this.port, "Bearer " + this.issuer.issue(UUID.randomUUID(), "Patient",
				List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5)));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

	private static <T> T applied(CatalogChange<T> change) {
		assertThat(change).isInstanceOf(CatalogChange.Applied.class);
		return ((CatalogChange.Applied<T>) change).value();
	}

}
