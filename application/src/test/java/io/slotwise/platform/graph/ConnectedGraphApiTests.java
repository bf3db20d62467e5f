package io.slotwise.platform.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.Tokens;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * The connected graph costs a constant number of SQL statements per request: a patient's
 * page of 50 appointments with each one's practitioner (and their working hours),
 * location (address, rooms, equipment) and visit type takes exactly as many statements as
 * a page of 5. Statements are counted by a jOOQ listener, not estimated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectedGraphApiTests {

	static final String NEXT_APPOINTMENTS = """
			query($first: Int) { myAppointments(first: $first) { edges { node {
			  id start
			  practitioner { name workingHours(locationId: "%s") { weekly { day start end } } locations { name } }
			  location { name address { street city state } zip rooms { name } equipment { name } }
			  visitType { name duration }
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
	StatementLog log;

	final UUID patient = UUID.randomUUID();

	final List<Clinic> clinics = new ArrayList<>();

	/** Fifty appointments at five clinics: each clinic one a day for ten days. */
	@BeforeAll
	void fiftyAppointments() {
		Requester self = new Requester(this.patient, Requester.Standing.PATIENT, Set.of());
		for (int c = 0; c < 5; c++) {
			this.clinics.add(Clinic.open(this.catalog));
		}
		LocalDate first = LocalDate.now(NEW_YORK).plusDays(2);
		for (int day = 0; day < 10; day++) {
			for (int c = 0; c < 5; c++) {
				Clinic clinic = this.clinics.get(c);
				SlotRequest slot = new SlotRequest(clinic.practitioner(), clinic.location(), clinic.visitType(),
						first.plusDays(day).atTime(8 + c, 0).atZone(NEW_YORK).toInstant());
				Outcome<AppointmentDetails> booked = this.booking.bookWithoutHold(self, new PatientId(this.patient),
						slot, Optional.empty());
				assertThat(booked).isInstanceOf(Outcome.Done.class);
			}
		}
	}

	@Test
	void fiftyAppointmentsWithTheirCatalogCostAsManyStatementsAsFive() {
		List<String> forFive = statementsFor(5);
		List<String> forFifty = statementsFor(50);
		// the page, practitioners (+ their locations), working hours (rules, exceptions),
		// locations, visit types, rooms, equipment (+ units), practitioners' locations
		NoOneByOne.assertCosts(forFive, forFifty, 12);
	}

	@Test
	void onePatientQueryAnswersPractitionerNameAddressAndVisitTypeName() {
		Clinic clinic = this.clinics.getFirst();
		HttpGraphQlTester asPatient = asPatient();
		asPatient.document(NEXT_APPOINTMENTS.formatted(clinic.location().value()))
			.variable("first", 3)
			.execute()
			.path("myAppointments.edges")
			.entityList(Object.class)
			.hasSize(3)
			.path("myAppointments.edges[0].node.practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm")
			.path("myAppointments.edges[0].node.location.address.street")
			.entity(String.class)
			.isEqualTo("1 W 23rd St")
			.path("myAppointments.edges[0].node.visitType.name")
			.entity(String.class)
			.isEqualTo("Minor procedure")
			.path("myAppointments.edges[0].node.location.rooms[0].name")
			.entity(String.class)
			.isEqualTo("Procedure 1")
			.path("myAppointments.edges[0].node.practitioner.workingHours.weekly")
			.entityList(Object.class)
			.hasSize(7);
	}

	private List<String> statementsFor(int first) {
		HttpGraphQlTester asPatient = asPatient();
		String document = NEXT_APPOINTMENTS.formatted(this.clinics.getFirst().location().value());
		this.log.clear();
		asPatient.document(document)
			.variable("first", first)
			.execute()
			.path("myAppointments.edges")
			.entityList(Map.class)
			.hasSize(first);
		return this.log.statements();
	}

	private HttpGraphQlTester asPatient() {
		return GraphQlClients.http(this.port, new Tokens(this.issuer).bearer(this.patient, Role.PATIENT));
	}

	@TestConfiguration
	static class Counting {

		@Bean
		StatementLog statementLog() {
			return new StatementLog();
		}

		@Bean
		DefaultExecuteListenerProvider countingListener(StatementLog log) {
			return new DefaultExecuteListenerProvider(log);
		}

	}

}
