package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Live viewer counts through the API: every number is a count of distinct recorded
 * viewers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveViewersApiTests {

	static final String VIEW = """
			mutation($input: ViewPractitionerInput!) {
			  viewPractitioner(input: $input) { liveViewers { count window } errors { code field } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	HttpGraphQlTester graphQl(String authorization) {
		WebTestClient.Builder client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql");
		if (authorization != null) {
			client.defaultHeader("Authorization", authorization);
		}
		return HttpGraphQlTester.create(client.build());
	}

	@Test
	void countsEachPersonOnceWhetherSignedInOrAnonymous() {
		String practitioner = Clinic.open(this.catalog).practitioner().value().toString();
		String alice = new Tokens(this.issuer).bearer(Role.PATIENT);
		String visitor = visitorId();
		view(alice, practitioner, null).isEqualTo(1);
		view(alice, practitioner, null).isEqualTo(1);
		view(null, practitioner, visitor).isEqualTo(2);
		view(null, practitioner, visitor).isEqualTo(2);
		graphQl(null).document("query($id: ID!) { liveViewers(practitionerId: $id) { count window } }")
			.variable("id", practitioner)
			.execute()
			.path("liveViewers.count")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("liveViewers.window")
			.entity(String.class)
			.isEqualTo("PT5M");
	}

	@Test
	void anonymousViewWithoutVisitorIdIsRejectedAndNotCounted() {
		String practitioner = Clinic.open(this.catalog).practitioner().value().toString();
		graphQl(null).document(VIEW)
			.variable("input", java.util.Map.of("practitionerId", practitioner))
			.execute()
			.path("viewPractitioner.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED")
			.path("viewPractitioner.liveViewers")
			.valueIsNull();
		graphQl(null).document("query($id: ID!) { liveViewers(practitionerId: $id) { count } }")
			.variable("id", practitioner)
			.execute()
			.path("liveViewers.count")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	private String visitorId() {
		return graphQl(null).document("mutation { issueVisitorId { visitorId } }")
			.execute()
			.path("issueVisitorId.visitorId")
			.entity(String.class)
			.get();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Entity<Integer, ?> view(String authorization,
			String practitioner, String visitor) {
		java.util.Map<String, Object> input = new java.util.HashMap<>();
		input.put("practitionerId", practitioner);
		if (visitor != null) {
			input.put("visitorId", visitor);
		}
		return graphQl(authorization).document(VIEW)
			.variable("input", input)
			.execute()
			.path("viewPractitioner.liveViewers.count")
			.entity(Integer.class);
	}

}
