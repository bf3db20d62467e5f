package io.slotwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import io.slotwise.testing.Clinic;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.platform.security.TestIssuers;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API through its real HTTP transport: the root schema with every module's extension,
 * scalars, Relay connections, and per-operation authorization.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GraphQlApiTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	MaintainCatalog catalog;

	HttpGraphQlTester graphQl(String authorization) {
		return GraphQlClients.http(this.port, authorization);
	}

	@Test
	void answersTypenameWithoutAToken() {
		graphQl(null).document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
	}

	@Test
	void servesDateTimeScalarsInUtc() {
		Instant serverTime = graphQl(null).document("{ serverTime }")
			.execute()
			.path("serverTime")
			.entity(Instant.class)
			.get();
		assertThat(serverTime).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
	}

	@Test
	void resourcesQueryIsARelayConnection() {
		// Other tests share this database and add locations, so no fixed count is
		// assumed:
		// a page of one says whether there is more, and the next page continues after it.
		// Two of its own, so the class also passes when it runs alone.
		Clinic.open(this.catalog);
		Clinic.open(this.catalog);
		String page = "query($after: String) { locations(first: 1, after: $after) { edges { cursor node { id } } "
				+ "pageInfo { hasNextPage endCursor } } }";
		var first = graphQl(null).document(page).execute();
		String firstId = first.path("locations.edges[0].node.id").entity(String.class).get();
		String cursor = first.path("locations.pageInfo.endCursor").entity(String.class).get();
		if (first.path("locations.pageInfo.hasNextPage").entity(Boolean.class).get()) {
			graphQl(null).document(page)
				.variable("after", cursor)
				.execute()
				.path("locations.edges[0].node.id")
				.entity(String.class)
				.satisfies((next) -> assertThat(next).isNotEqualTo(firstId));
		}
	}

	@Test
	void patientQueriesNeedAPatientToken() {
		String query = "{ myAppointments(first: 5) { edges { node { id } } } "
				+ "myWaitlistEntries(first: 5) { edges { node { id } } } }";
		graphQl(null).document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		graphQl(new Tokens(this.issuer).bearer(Role.PATIENT)).document(query)
			.execute()
			.path("myAppointments.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("myWaitlistEntries.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void pageSizesOutsideTheCapAreClampedNotFailed() {
		for (int first : new int[] { 0, -3, 10_000 }) {
			graphQl(new Tokens(this.issuer).bearer(Role.PATIENT))
				.document("query($first: Int) { myAppointments(first: $first) { edges { cursor } } "
						+ "myWaitlistEntries(first: $first) { edges { cursor } } locations(first: $first) { edges { cursor } } }")
				.variable("first", first)
				.execute()
				.errors()
				.verify()
				.path("myAppointments.edges")
				.entityList(Object.class)
				.hasSize(0);
		}
	}

	@Test
	void aDamagedCursorIsTheClientsMistakeNotAnInternalError() {
		for (String after : new String[] { "garbage", "T2Zmc2V0Xy0x", "x".repeat(5_000) }) {
			graphQl(null).document("query($after: String) { locations(first: 5, after: $after) { edges { cursor } } }")
				.variable("after", after)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).isNotEmpty().allSatisfy((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED");
					assertThat(error.getExtensions()).containsEntry("field", "after");
				}));
		}
	}

	@Test
	void funnelIsForStaffOnly() {
		String query = "{ funnel(filter: {from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\"}) "
				+ "{ stages { stage journeys conversionFromPrevious } } }";
		graphQl(new Tokens(this.issuer).bearer(Role.PATIENT)).document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		// Staff must name one of their locations; an admin sees the whole network.
		graphQl(new Tokens(this.issuer).bearer(Role.ADMIN)).document(query)
			.execute()
			.path("funnel.stages[*].stage")
			.entityList(String.class)
			.containsExactly("SEARCH", "VIEW", "HOLD", "BOOK");
	}

	@Test
	void badScalarInputIsAValidationError() {
		graphQl(new Tokens(this.issuer).bearer(Role.STAFF))
			.document("{ funnel(filter: {from: \"yesterday\", to: \"2026-02-01T00:00:00Z\"}) { from } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("ISO-8601");
				assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED");
			}));
	}

	@Test
	void aReversedFunnelPeriodIsTheCallersMistakeNotAnInternalError() {
		graphQl(new Tokens(this.issuer).bearer(Role.STAFF))
			.document("{ funnel(filter: {from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\"}) { from } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
					.containsEntry("field", "filter.to")));
	}

	@Test
	void rejectsAForgedToken() {
		String forged = new Tokens(TestIssuers.foreignKey()).bearer(Role.ADMIN);
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.header("Authorization", forged)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
