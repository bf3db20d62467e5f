package io.slotwise.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testing.Clinic;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * Family booking through the real HTTP transport: a guardian adds dependents, finds a
 * bundle, holds and books it, sees whom each appointment is for; another patient can
 * neither see nor book for those dependents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GroupApiTests {

	static final String ADD = """
			mutation($name: String!) { addDependent(input: {name: $name, dateOfBirth: "2016-05-01",
			  relationship: CHILD}) { dependent { id name relationship } errors { code field } } }""";

	static final String SEARCH = """
			query($members: [GroupMemberInput!]!, $location: ID!, $day: Date!) {
			  groupSlots(input: {members: $members, locationId: $location, from: $day, to: $day}, first: 3) {
			    edges { node { arrangement score start end
			      slots { member patientId practitionerId visitTypeId start end }
			      scoreBreakdown { name raw value weight points } } } } }""";

	static final String HOLD = """
			mutation($members: [GroupSlotInput!]!) { holdGroup(input: {members: $members}) {
			  hold { id expiresAt members { patientId start } } errors { code field } } }""";

	static final String CONFIRM = """
			mutation($holdId: ID!) { confirmGroupBooking(input: {holdId: $holdId, idempotencyKey: "trip"}) {
			  groupBooking { id appointments { id status patientId dependent { name } } } errors { code } } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	@Test
	void aGuardianBooksTwoChildrenAndNobodyElseMay() {
		Clinic clinic = Clinic.open(this.catalog);
		UUID guardian = UUID.randomUUID();
		HttpGraphQlTester asGuardian = graphQl(guardian, Role.PATIENT);
		String ada = dependent(asGuardian, "Ada");
		String ben = dependent(asGuardian, "Ben");
		asGuardian.document(ADD)
			.variable("name", " ")
			.execute()
			.path("addDependent.errors[0].field")
			.entity(String.class)
			.isEqualTo("input.name");
		String day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2).toString();
		List<Map<String, Object>> members = List.of(member(ada, clinic), member(ben, clinic));

		List<Map<String, Object>> slots = asGuardian.document(SEARCH)
			.variable("members", members)
			.variable("location", clinic.location().value().toString())
			.variable("day", day)
			.execute()
			.path("groupSlots.edges[0].node.arrangement")
			.entity(String.class)
			.isEqualTo("BACK_TO_BACK")
			.path("groupSlots.edges[0].node.scoreBreakdown")
			.entityList(Object.class)
			.hasSize(6)
			.path("groupSlots.edges[0].node.slots")
			.entityList(Object.class)
			.get()
			.stream()
			.map((slot) -> (Map<String, Object>) slot)
			.toList();
		List<Map<String, Object>> toHold = slots.stream()
			.map((slot) -> Map.<String, Object>of("patientId", slot.get("patientId"), "practitionerId",
					slot.get("practitionerId"), "locationId", clinic.location().value().toString(), "visitTypeId",
					slot.get("visitTypeId"), "start", slot.get("start")))
			.toList();

		HttpGraphQlTester stranger = graphQl(UUID.randomUUID(), Role.PATIENT);
		stranger.document(HOLD)
			.variable("members", toHold)
			.execute()
			.path("holdGroup.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_A_DEPENDENT");
		stranger.document(SEARCH)
			.variable("members", members)
			.variable("location", clinic.location().value().toString())
			.variable("day", day)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_A_DEPENDENT")));

		String holdId = asGuardian.document(HOLD)
			.variable("members", toHold)
			.execute()
			.path("holdGroup.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("holdGroup.hold.id")
			.entity(String.class)
			.get();
		asGuardian.document(CONFIRM)
			.variable("holdId", holdId)
			.execute()
			.path("confirmGroupBooking.groupBooking.appointments[*].status")
			.entityList(String.class)
			.containsExactly("BOOKED", "BOOKED");
		asGuardian.document("{ myAppointments { edges { node { patientId dependent { name } } } } }")
			.execute()
			.path("myAppointments.edges[*].node.dependent.name")
			.entityList(String.class)
			.containsExactly("Ada", "Ben");
		stranger.document("{ myAppointments { edges { node { id } } } }")
			.execute()
			.path("myAppointments.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String dependent(HttpGraphQlTester tester, String name) {
		return tester.document(ADD)
			.variable("name", name)
			.execute()
			.path("addDependent.dependent.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> member(String patient, Clinic clinic) {
		return Map.of("patientId", patient, "visitTypeId", clinic.visitType().value().toString());
	}

	private HttpGraphQlTester graphQl(UUID user, Role role) {
		return GraphQlClients.http(this.port,
				"Bearer " + this.issuer.issue(user, "Test", List.of(role), Map.of(), Duration.ofMinutes(5)));
	}

}
