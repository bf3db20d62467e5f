package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.slotwise.platform.GraphQlClients;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one request may cost, through the real HTTP transport. The budget is set small
 * here so that small documents can break it; production defaults are larger and the same
 * code enforces them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slotwise.graphql.max-depth=4", "slotwise.graphql.max-cost=300",
				"slotwise.graphql.max-root-fields=3", "slotwise.graphql.max-body-bytes=2000" })
@ActiveProfiles("test")
class QueryLimitsApiTests {

	@LocalServerPort
	int port;

	@Test
	void aDocumentDeeperThanTheLimitIsRefusedBeforeItRuns() {
		anonymous().document("""
				{ searchPractitioners(input: {zip: "10001", radius: 5, specialty: "FAMILY_MEDICINE"}, first: 1) {
				    edges { node { scoreBreakdown { name } } } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP")));
	}

	@Test
	void aDocumentOverTheCostBudgetIsRefused() {
		anonymous().document("""
				{ searchPractitioners(input: {zip: "10001", radius: 5, specialty: "FAMILY_MEDICINE"}, first: 50) {
				    edges { node { matchScore } } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_EXPENSIVE")));
	}

	@Test
	void aliasesCannotMultiplyRootFields() {
		anonymous().document("{ a: serverTime b: serverTime c: serverTime d: serverTime }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "TOO_MANY_ROOT_FIELDS")));
	}

	@Test
	void aHoldOrSearchRunsAtMostOncePerDocument() {
		anonymous()
			.document(
					"""
							mutation { a: releaseHold(input: {holdId: "00000000-0000-4000-8000-000000000001"}) { holdId }
							  b: holdSlot(input: {slot: {practitionerId: "00000000-0000-4000-8000-000000000001",
							    locationId: "00000000-0000-4000-8000-000000000001", visitTypeId: "00000000-0000-4000-8000-000000000001",
							    start: "2030-01-01T10:00:00Z"}}) { errors { code } }
							  c: holdSlot(input: {slot: {practitionerId: "00000000-0000-4000-8000-000000000001",
							    locationId: "00000000-0000-4000-8000-000000000001", visitTypeId: "00000000-0000-4000-8000-000000000001",
							    start: "2030-01-01T11:00:00Z"}}) { errors { code } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "OPERATION_REPEATED")));
	}

	@Test
	void aBodyOverTheLimitIsRefusedUnread() throws Exception {
		String padding = "x".repeat(3000);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"query\":\"{ serverTime }\",\"variables\":{\"pad\":\"" + padding + "\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("REQUEST_TOO_LARGE");
	}

	@Test
	void introspectionIsOffOutsideTheDemo() {
		anonymous().document("{ __schema { queryType { name } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("Introspection has been disabled");
				assertThat(error.getExtensions()).containsEntry("code", "INTROSPECTION_DISABLED");
			}));
		anonymous().document("{ serverTime }").execute().path("serverTime").hasValue();
	}

	@Test
	void aSearchOfDaysLongPastIsATypedErrorAtOnce() {
		long started = System.nanoTime();
		anonymous()
			.document(
					"""
							query($from: Date!, $to: Date!) {
							  searchPractitioners(input: {zip: "10001", radius: 5, specialty: "FAMILY_MEDICINE", from: $from, to: $to},
							    first: 1) { edges { node { matchScore } } } }""")
			.variable("from", LocalDate.of(1999, 1, 1).toString())
			.variable("to", LocalDate.of(1999, 1, 14).toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions())
					.containsAllEntriesOf(Map.of("code", "VALIDATION_FAILED", "field", "from"))));
		System.out.printf("far-past search answered in %.1f ms%n", (System.nanoTime() - started) / 1e6);
	}

	private HttpGraphQlTester anonymous() {
		return GraphQlClients.http(this.port, null).mutate().responseTimeout(Duration.ofSeconds(20)).build();
	}

}
