package io.slotwise.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.slotwise.resources.catalog.MaintainCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * searchPractitioners over HTTP, unauthenticated (search is public).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchApiTests {

	static final String SEARCH = """
			query($input: SearchInput!, $first: Int, $after: String) {
			  searchPractitioners(input: $input, first: $first, after: $after) {
			    edges { cursor node {
			      practitioner { id name specialties languages rating reviewCount }
			      location { id name zip }
			      distanceKm distanceMiles duration visitTypeChosenBySearch visitType { id name }
			      nextSlots { start end }
			      matchScore scoreBreakdown { name value weight points }
			      urgency { slotsLeftToday slotsLeftThisWeek fillingFast recentBookings recentWindow bookedThisWeek
			                liveViewers { count window } }
			    } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	MaintainCatalog catalog;

	SearchNetwork network;

	@BeforeEach
	void network() {
		this.network = new SearchNetwork(this.catalog);
	}

	HttpGraphQlTester graphQl() {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build());
	}

	@Test
	void publicSearchReturnsRankedExplainedResultsInPages() {
		Map<String, Object> input = Map.of("zip", "10001", "radius", 30, "radiusUnit", "MILES", "specialty",
				this.network.specialty, "languages", List.of("es"), "insurancePlan", "AETNA_PPO", "newPatient", true);
		HttpGraphQlTester.Response first = graphQl().document(SEARCH)
			.variable("input", input)
			.variable("first", 2)
			.execute();
		first.path("searchPractitioners.edges").entityList(Object.class).hasSize(2);
		first.path("searchPractitioners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("searchPractitioners.edges[0].node.visitTypeChosenBySearch").entity(Boolean.class).isEqualTo(true);
		first.path("searchPractitioners.edges[0].node.duration").entity(String.class).isEqualTo("PT30M");
		first.path("searchPractitioners.edges[0].node.scoreBreakdown").entityList(Object.class).hasSize(5);
		first.path("searchPractitioners.edges[0].node.urgency.liveViewers.window")
			.entity(String.class)
			.isEqualTo("PT5M");
		List<Integer> scores = first.path("searchPractitioners.edges[*].node.matchScore")
			.entityList(Integer.class)
			.get();
		assertThat(scores.get(0)).isGreaterThanOrEqualTo(scores.get(1));
		String cursor = first.path("searchPractitioners.pageInfo.endCursor").entity(String.class).get();
		// AETNA_PPO within 30 miles: Near, Brooklyn, Français; page two holds the third
		graphQl().document(SEARCH)
			.variable("input", input)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("searchPractitioners.edges")
			.entityList(Object.class)
			.hasSize(1)
			.path("searchPractitioners.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void pageSizeIsCapped() {
		for (int i = 0; i < 48; i++) {
			this.network.practitioner("Dr. Extra " + i, List.of("en"), List.of("AETNA_PPO"), 4.0, 5,
					this.network.manhattan);
		}
		List<Object> edges = graphQl().document(SEARCH)
			.variable("input", Map.of("zip", "10001", "radius", 30, "specialty", this.network.specialty))
			.variable("first", 10_000)
			.execute()
			.path("searchPractitioners.edges")
			.entityList(Object.class)
			.get();
		assertThat(edges).hasSize(50);
	}

	@Test
	void badInputIsATypedErrorWithTheField() {
		graphQl().document(SEARCH)
			.variable("input", Map.of("zip", "99999", "radius", 10, "specialty", this.network.specialty))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_ZIP")
					.containsEntry("field", "zip")));
		graphQl().document(SEARCH)
			.variable("input", Map.of("zip", "10001", "radius", 1000, "specialty", this.network.specialty))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
					.containsEntry("field", "radius")));
		graphQl().document(SEARCH)
			.variable("input",
					Map.of("zip", "10001", "radius", 10, "specialty", this.network.specialty, "insurancePlan", "NOPE"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_INSURANCE_PLAN")));
	}

}
