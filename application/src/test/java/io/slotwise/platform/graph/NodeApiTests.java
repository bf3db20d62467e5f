package io.slotwise.platform.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.Tokens;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * node(id:) answers exactly what each type's own query answers, for every node type and
 * two different callers: the public catalog (Location, Practitioner, VisitType) to
 * anyone, an Appointment, WaitlistEntry or WaitlistOffer only to its patient (another
 * patient gets null), an appointment also to staff at its location. Text that is not a
 * global id is a typed error; nodes(ids:) is capped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NodeApiTests {

	static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename nodeId
			  ... on Appointment { id practitioner { name } }
			  ... on Location { id name } ... on Practitioner { id name } ... on VisitType { id name }
			  ... on WaitlistEntry { id entryStatus: status } ... on WaitlistOffer { id offerStatus: status } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Test
	void theCatalogIsPublicThroughNodeAsThroughItsOwnQueries() {
		Clinic clinic = Clinic.open(this.catalog);
		HttpGraphQlTester alice = patient(UUID.randomUUID());
		HttpGraphQlTester anonymous = GraphQlClients.http(this.port, null);
		Map<String, String> own = Map.of("Location",
				"{ location(id: \"" + clinic.location().value() + "\") { nodeId } }", "Practitioner",
				"{ practitioner(id: \"" + clinic.practitioner().value() + "\") { nodeId } }", "VisitType",
				"{ visitType(id: \"" + clinic.visitType().value() + "\") { nodeId } }");
		for (Map.Entry<String, String> type : own.entrySet()) {
			String field = Character.toLowerCase(type.getKey().charAt(0)) + type.getKey().substring(1);
			String nodeId = anonymous.document(type.getValue())
				.execute()
				.path(field + ".nodeId")
				.entity(String.class)
				.get();
			for (HttpGraphQlTester caller : List.of(alice, anonymous)) {
				caller.document(NODE)
					.variable("id", nodeId)
					.execute()
					.path("node.__typename")
					.entity(String.class)
					.isEqualTo(type.getKey())
					.path("node.nodeId")
					.entity(String.class)
					.isEqualTo(nodeId);
			}
		}
	}

	@Test
	void anAppointmentIsItsPatientsAndItsLocationStaffsOnly() {
		Clinic clinic = Clinic.open(this.catalog);
		UUID alice = UUID.randomUUID();
		String appointmentId = book(clinic, alice, 10);
		String nodeId = globalId("Appointment", appointmentId);
		patient(alice).document(NODE)
			.variable("id", nodeId)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(appointmentId)
			.path("node.practitioner.name")
			.entity(String.class)
			.isEqualTo("Dr. Test Derm");
		patient(alice).document("query($id: ID!) { appointment(id: $id) { nodeId } }")
			.variable("id", appointmentId)
			.execute()
			.path("appointment.nodeId")
			.entity(String.class)
			.isEqualTo(nodeId);
		patient(UUID.randomUUID()).document(NODE).variable("id", nodeId).execute().path("node").valueIsNull();
		patient(UUID.randomUUID()).document("query($id: ID!) { appointment(id: $id) { id } }")
			.variable("id", appointmentId)
			.execute()
			.path("appointment")
			.valueIsNull();
		staff(clinic.location().value().toString()).document(NODE)
			.variable("id", nodeId)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(appointmentId);
		staff(UUID.randomUUID().toString()).document(NODE).variable("id", nodeId).execute().path("node").valueIsNull();
		GraphQlClients.http(this.port, null)
			.document(NODE)
			.variable("id", nodeId)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
	}

	@Test
	void waitlistEntriesAndOffersAreTheirPatientsOnly() {
		Clinic clinic = Clinic.open(this.catalog);
		ZoneId zone = ZoneId.of("America/New_York");
		LocalDate day = LocalDate.now(zone).plusDays(2);
		String booked = book(clinic, UUID.randomUUID(), 10);
		UUID alice = UUID.randomUUID();
		String entryId = patient(alice)
			.document("mutation($p: WaitlistPreferencesInput!) { joinWaitlist(input: {preferences: $p}) {"
					+ " entry { id } errors { code } } }")
			.variable("p",
					Map.of("visitTypeId", clinic.visitType().value().toString(), "locationIds",
							List.of(clinic.location().value().toString()), "earliest", day.minusDays(1).toString(),
							"latest", day.plusDays(3).toString()))
			.execute()
			.path("joinWaitlist.entry.id")
			.entity(String.class)
			.get();
		staff(clinic.location().value().toString())
			.document("mutation($id: ID!) { cancelBooking(input: {appointmentId: $id}) { errors { code } } }")
			.variable("id", booked)
			.execute()
			.path("cancelBooking.errors")
			.entityList(Object.class)
			.hasSize(0);
		List<String> offers = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> offers.addAll(patient(alice).document("{ myOffers(first: 1) { edges { node { id } } } }")
				.execute()
				.path("myOffers.edges[*].node.id")
				.entityList(String.class)
				.get()));
		for (String nodeId : List.of(globalId("WaitlistEntry", entryId),
				globalId("WaitlistOffer", offers.getFirst()))) {
			patient(alice).document(NODE)
				.variable("id", nodeId)
				.execute()
				.path("node.nodeId")
				.entity(String.class)
				.isEqualTo(nodeId);
			patient(UUID.randomUUID()).document(NODE).variable("id", nodeId).execute().path("node").valueIsNull();
		}
		patient(alice).document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }")
			.variable("ids",
					List.of(globalId("WaitlistEntry", entryId), globalId("WaitlistOffer", offers.getFirst()),
							globalId("Appointment", UUID.randomUUID().toString())))
			.execute()
			.path("nodes[0].__typename")
			.entity(String.class)
			.isEqualTo("WaitlistEntry")
			.path("nodes[1].__typename")
			.entity(String.class)
			.isEqualTo("WaitlistOffer")
			.path("nodes[2]")
			.valueIsNull();
	}

	@Test
	void textThatIsNotAGlobalIdIsATypedErrorAndNodesIsCapped() {
		HttpGraphQlTester anonymous = GraphQlClients.http(this.port, null);
		for (String bad : List.of("nope", globalId("Appointment", "not-a-uuid"),
				globalId("Room", UUID.randomUUID().toString()), globalId("UserError", UUID.randomUUID().toString()),
				"x".repeat(300), "")) {
			assertThat(code(anonymous.document(NODE).variable("id", bad))).isEqualTo("VALIDATION_FAILED");
		}
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			tooMany.add(globalId("Location", UUID.randomUUID().toString()));
		}
		assertThat(code(
				anonymous.document("query($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }").variable("ids", tooMany)))
			.isEqualTo("VALIDATION_FAILED");
		anonymous.document(NODE)
			.variable("id", globalId("Location", UUID.randomUUID().toString()))
			.execute()
			.path("node")
			.valueIsNull();
	}

	private @Nullable Object code(org.springframework.graphql.test.tester.GraphQlTester.Request<?> request) {
		List<Object> codes = new ArrayList<>();
		request.execute().errors().satisfy((errors) -> errors.forEach((e) -> codes.add(e.getExtensions().get("code"))));
		assertThat(codes).hasSize(1);
		return codes.getFirst();
	}

	private String book(Clinic clinic, UUID patient, int hour) {
		ZoneId zone = ZoneId.of("America/New_York");
		return staff(clinic.location().value().toString())
			.document("mutation($s: SlotInput!, $p: ID!) { bookWithoutHold(input: {slot: $s, patientId: $p}) {"
					+ " appointment { id } errors { code } } }")
			.variable("s", Map.of("practitionerId", clinic.practitioner().value().toString(), "locationId",
					clinic.location().value().toString(), "visitTypeId", clinic.visitType().value().toString(), "start",
					LocalDate.now(zone).plusDays(2).atTime(hour, 0).atZone(zone).toInstant().toString()))
			.variable("p", patient.toString())
			.execute()
			.path("bookWithoutHold.appointment.id")
			.entity(String.class)
			.get();
	}

	/** How a client never builds one; the test does, to probe ids it was never given. */
	private static String globalId(String type, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	private HttpGraphQlTester patient(UUID patient) {
		return GraphQlClients.http(this.port, new Tokens(this.issuer).bearer(patient, Role.PATIENT));
	}

	private HttpGraphQlTester staff(String location) {
		return GraphQlClients.http(this.port, "Bearer " + this.issuer.issue(UUID.randomUUID(), "Staff",
				List.of(Role.STAFF), Map.of("locations", List.of(location)), Duration.ofMinutes(5)));
	}

}
