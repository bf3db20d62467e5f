package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo profile hands out working tokens for its demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoProfileTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.mail.javamail.JavaMailSender mailSender;

	@Test
	void demoTokenOpensPatientOperations() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		Map<String, String> token = client.get()
			.uri("/demo/tokens/patient-alice")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, String>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(token.get("authorization")).startsWith("Bearer ");
		client.post()
			.uri("/graphql")
			.header("Authorization", token.get("authorization"))
			.bodyValue(Map.of("query", "{ myAppointments(first: 1) { edges { node { id } } } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.myAppointments.edges")
			.isArray();
		client.get().uri("/demo/tokens/nobody").exchange().expectStatus().isNotFound();
	}

	@Test
	void theFrontDeskWorksAtTheDemoPractitionersLocationsAndOnlyThere() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		String frontDesk = client.get()
			.uri("/demo/tokens/front-desk")
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, String>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("authorization");
		HttpGraphQlTester asFrontDesk = GraphQlClients.http(this.port, frontDesk);
		List<String> theirs = asFrontDesk
			.document("{ practitioner(id: \"d0c00000-0000-4000-8000-000000000003\") { locations { id } } }")
			.execute()
			.path("practitioner.locations[*].id")
			.entityList(String.class)
			.get();
		assertThat(theirs).isNotEmpty();
		String elsewhere = asFrontDesk.document("{ locations(first: 50) { edges { node { id } } } }")
			.execute()
			.path("locations.edges[*].node.id")
			.entityList(String.class)
			.get()
			.stream()
			.filter((id) -> !theirs.contains(id))
			.findFirst()
			.orElseThrow();
		String createRoom = "mutation($at: ID!) { createRoom(input: {locationId: $at, name: \"Exam 9\", "
				+ "capabilities: [\"EXAM\"]}) { room { id } errors { code } } }";
		asFrontDesk.document(createRoom)
			.variable("at", theirs.get(0))
			.execute()
			.path("createRoom.errors")
			.entityList(Object.class)
			.hasSize(0);
		asFrontDesk.document(createRoom)
			.variable("at", elsewhere)
			.execute()
			.path("createRoom.errors[0].code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void theDemoNetworkIsLoadedAndSearchableByZip() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.post()
			.uri("/graphql")
			.bodyValue(Map.of("query",
					"{ locationsNear(zip: \"10001\", radiusMiles: 10, first: 50) { edges { node { distanceMiles "
							+ "location { name timeZone } } } } "
							+ "practitioner(id: \"d0c00000-0000-4000-8000-000000000003\") { name specialties } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.locationsNear.edges.length()")
			.value((Integer count) -> assertThat(count).isGreaterThan(3))
			.jsonPath("$.data.locationsNear.edges[0].node.location.timeZone")
			.isEqualTo("America/New_York")
			.jsonPath("$.data.practitioner.name")
			.isEqualTo("Dr. Demo Practitioner");
	}

	@Test
	void demoPractitionersHaveASyncedCalendarWhoseMeetingsAreGapsInAvailability() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.post()
			.uri("/graphql")
			.bodyValue(Map.of("query",
					"{ practitioner(id: \"d0c00000-0000-4000-8000-000000000003\") "
							+ "{ calendarSync { connections stale outOfSync lastSyncedAt } } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.practitioner.calendarSync.connections")
			.isEqualTo(1)
			.jsonPath("$.data.practitioner.calendarSync.stale")
			.isEqualTo(false)
			.jsonPath("$.data.practitioner.calendarSync.lastSyncedAt")
			.exists();
	}

	/**
	 * The demo's e-mail channel is readable without a mail client: what the embedded SMTP
	 * server received is listed at GET /demo/mail, sender's subject and body included.
	 */
	@Test
	void demoMailListsWhatTheEmbeddedSmtpServerReceived() {
		String subject = "Demo mail " + java.util.UUID.randomUUID();
		org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
		mail.setFrom("waitlist@slotwise.local");
		mail.setTo("alice@example.com");
		mail.setSubject(subject);
		mail.setText("held for you until 14:32");
		this.mailSender.send(mail);
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		java.util.List<Map<String, String>> received = client.get()
			.uri("/demo/mail")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<java.util.List<Map<String, String>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(received).filteredOn((message) -> subject.equals(message.get("subject")))
			.singleElement()
			.satisfies((message) -> {
				assertThat(message.get("to")).contains("alice@example.com");
				assertThat(message.get("body")).contains("held for you until 14:32");
			});
	}

}
