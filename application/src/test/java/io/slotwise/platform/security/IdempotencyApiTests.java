package io.slotwise.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, item 4 through HTTP: an idempotency key belongs to (requester, patient) and
 * remembers what it was used for. The same key with the same request answers the same
 * booking; with another request it is {@code IDEMPOTENCY_KEY_REUSED} and books nothing;
 * never does a key answer with somebody else's booking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdempotencyApiTests {

	static final String HOLD = """
			mutation($slot: SlotInput!) { holdSlot(input: {slot: $slot}) { hold { id } errors { code } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!, $key: String) { confirmBooking(input: {holdId: $holdId, idempotencyKey: $key}) {
			  appointment { id start } errors { code field } } }""";

	static final String BOOK = """
			mutation($patient: ID, $slot: SlotInput!, $key: String) {
			  bookWithoutHold(input: {patientId: $patient, slot: $slot, idempotencyKey: $key}) {
			    appointment { id start } errors { code field } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	Clinic clinic;

	@BeforeEach
	void clinic() {
		this.clinic = Clinic.open(this.catalog);
	}

	@Test
	void twoPatientsUsingTheSameKeyEachGetTheirOwnBooking() {
		HttpGraphQlTester alice = patient(UUID.randomUUID());
		HttpGraphQlTester bob = patient(UUID.randomUUID());
		GraphQlTester.Response hers = alice.document(CONFIRM)
			.variable("holdId", hold(alice, 10))
			.variable("key", "booking-1")
			.execute();
		GraphQlTester.Response his = bob.document(CONFIRM)
			.variable("holdId", hold(bob, 11))
			.variable("key", "booking-1")
			.execute();
		String herId = hers.path("confirmBooking.appointment.id").entity(String.class).get();
		his.path("confirmBooking.errors").entityList(Object.class).hasSize(0);
		his.path("confirmBooking.appointment.id")
			.entity(String.class)
			.satisfies((id) -> assertThat(id).isNotEqualTo(herId));
		his.path("confirmBooking.appointment.start").entity(String.class).isEqualTo(start(11));
		bob.document("{ myAppointments(first: 10) { edges { node { id } } } }")
			.execute()
			.path("myAppointments.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(herId);
	}

	@Test
	void aKeyReusedForAnotherHoldIsRefusedAndBooksNothing() {
		HttpGraphQlTester alice = patient(UUID.randomUUID());
		String first = hold(alice, 10);
		String booked = alice.document(CONFIRM)
			.variable("holdId", first)
			.variable("key", "k")
			.execute()
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.get();
		String second = hold(alice, 12);
		alice.document(CONFIRM)
			.variable("holdId", second)
			.variable("key", "k")
			.execute()
			.path("confirmBooking.appointment")
			.valueIsNull()
			.path("confirmBooking.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED")
			.path("confirmBooking.errors[0].field")
			.entity(String.class)
			.isEqualTo("input.idempotencyKey");
		// the same key with the same hold is a retry: the same booking
		alice.document(CONFIRM)
			.variable("holdId", first)
			.variable("key", "k")
			.execute()
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.isEqualTo(booked);
		// nothing was booked for the second hold: it is still hers to confirm with a new
		// key
		alice.document(CONFIRM)
			.variable("holdId", second)
			.variable("key", "k2")
			.execute()
			.path("confirmBooking.appointment.start")
			.entity(String.class)
			.isEqualTo(start(12));
	}

	@Test
	void staffKeysAreTheirOwnAndRememberTheSlot() {
		UUID aliceId = UUID.randomUUID();
		HttpGraphQlTester alice = patient(aliceId);
		String hers = alice.document(CONFIRM)
			.variable("holdId", hold(alice, 10))
			.variable("key", "visit")
			.execute()
			.path("confirmBooking.appointment.id")
			.entity(String.class)
			.get();
		HttpGraphQlTester staff = GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(UUID.randomUUID(), "Front desk", List.of(Role.STAFF),
						Map.of("locations", List.of(this.clinic.location().value().toString())),
						Duration.ofMinutes(5)));
		String byStaff = staff.document(BOOK)
			.variable("patient", aliceId.toString())
			.variable("slot", slot(14))
			.variable("key", "visit")
			.execute()
			.path("bookWithoutHold.appointment.start")
			.entity(String.class)
			.isEqualTo(start(14))
			.path("bookWithoutHold.appointment.id")
			.entity(String.class)
			.get();
		assertThat(byStaff).isNotEqualTo(hers);
		staff.document(BOOK)
			.variable("patient", aliceId.toString())
			.variable("slot", slot(14))
			.variable("key", "visit")
			.execute()
			.path("bookWithoutHold.appointment.id")
			.entity(String.class)
			.isEqualTo(byStaff);
		staff.document(BOOK)
			.variable("patient", aliceId.toString())
			.variable("slot", slot(15))
			.variable("key", "visit")
			.execute()
			.path("bookWithoutHold.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(alice.document("{ myAppointments(first: 10) { edges { node { start } } } }")
			.execute()
			.path("myAppointments.edges[*].node.start")
			.entityList(String.class)
			.get()).containsExactlyInAnyOrder(start(10), start(14));
	}

	private HttpGraphQlTester patient(UUID id) {
		return GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(id, "Patient", List.of(Role.PATIENT), Map.of(), Duration.ofMinutes(5)));
	}

	private String hold(HttpGraphQlTester patient, int hour) {
		return patient.document(HOLD)
			.variable("slot", slot(hour))
			.execute()
			.path("holdSlot.hold.id")
			.entity(String.class)
			.get();
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
