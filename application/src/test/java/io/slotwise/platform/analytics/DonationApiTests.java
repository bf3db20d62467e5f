package io.slotwise.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.GraphQlClients;
import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * A donation campaign through the API: an admin configures it, patients see the offer
 * (middle amount pre-selected) and answer once per booking, the "most patients give"
 * amount appears only once enough stored pledges back it, staff see their location's
 * pledge rate and average.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DonationApiTests {

	static final String CONFIGURE = """
			mutation($input: ConfigureDonationCampaignInput!) { configureDonationCampaign(input: $input) {
			  campaign { name amountsCents } errors { code field } } }""";

	static final String OFFER = """
			query($l: ID!) { donationOffer(locationId: $l) {
			  options { amountCents preselected } typicalAmountCents typicalSample } }""";

	static final String PLEDGE = """
			mutation($a: ID!, $l: ID!, $c: Int) { pledgeDonation(input: {appointmentId: $a, locationId: $l, amountCents: $c}) {
			  recorded errors { code } } }""";

	static final String FIGURES = """
			query($from: DateTime!, $to: DateTime!, $l: ID) { donationPledges(from: $from, to: $to, locationId: $l) {
			  answers pledges pledgeRate averageCents } }""";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Test
	void campaignOfferPledgesAndFigures() {
		String location = UUID.randomUUID().toString();
		Instant from = Instant.now().minusSeconds(60);
		graphQl(Role.ADMIN, List.of()).document(CONFIGURE)
			.variable("input",
					Map.of("locationId", location, "name", "Care fund", "suggestedAmountsCents", List.of(1000, 500)))
			.execute()
			.path("configureDonationCampaign.errors[0].code")
			.entity(String.class)
			.isEqualTo("VALIDATION_FAILED");
		graphQl(Role.ADMIN, List.of()).document(CONFIGURE)
			.variable("input",
					Map.of("locationId", location, "name", "Care fund", "suggestedAmountsCents",
							List.of(500, 1000, 2500)))
			.execute()
			.path("configureDonationCampaign.campaign.amountsCents")
			.entityList(Integer.class)
			.containsExactly(500, 1000, 2500);
		Map<String, Object> first = offer(location);
		assertThat(first.get("options")).isEqualTo(List.of(Map.of("amountCents", 500, "preselected", false),
				Map.of("amountCents", 1000, "preselected", true), Map.of("amountCents", 2500, "preselected", false)));
		assertThat(first.get("typicalAmountCents")).isNull();
		assertThat(first.get("typicalSample")).isEqualTo(0);
		// 19 pledges of $10, 4 of $25 and 2 "no thanks": 25 answers, 23 pledges.
		for (int i = 0; i < 25; i++) {
			Integer amount = (i < 19) ? Integer.valueOf(1000) : (i < 23) ? Integer.valueOf(2500) : null;
			String appointment = UUID.randomUUID().toString();
			pledge(appointment, location, amount).isEqualTo(true);
			if (i == 0) {
				pledge(appointment, location, 500).isEqualTo(false);
			}
		}
		Map<String, Object> offer = offer(location);
		assertThat(offer.get("typicalAmountCents")).isEqualTo(1000);
		assertThat(offer.get("typicalSample")).isEqualTo(23);
		Map<String, Object> figures = Map.of("answers", 25, "pledges", 23, "pledgeRate", 23 / 25.0, "averageCents",
				(19 * 1000 + 4 * 2500) / 23.0);
		graphQl(Role.STAFF, List.of(location)).document(FIGURES)
			.variable("from", from.toString())
			.variable("to", Instant.now().plus(Duration.ofMinutes(1)).toString())
			.variable("l", location)
			.execute()
			.path("donationPledges")
			.entityList(Map.class)
			.satisfies((rows) -> assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row).containsAllEntriesOf(Map.of("answers", 25, "pledges", 23));
				assertThat((Double) row.get("pledgeRate")).isEqualTo((Double) figures.get("pledgeRate"));
				assertThat((Double) row.get("averageCents")).isCloseTo((Double) figures.get("averageCents"),
						org.assertj.core.api.Assertions.within(1e-9));
			}));
		graphQl(Role.STAFF, List.of(UUID.randomUUID().toString())).document(FIGURES)
			.variable("from", from.toString())
			.variable("to", Instant.now().plus(Duration.ofMinutes(1)).toString())
			.variable("l", location)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> offer(String location) {
		return graphQl(Role.PATIENT, List.of()).document(OFFER)
			.variable("l", location)
			.execute()
			.path("donationOffer")
			.entity(Map.class)
			.get();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Entity<Boolean, ?> pledge(String appointment,
			String location, Integer amount) {
		return graphQl(Role.PATIENT, List.of()).document(PLEDGE)
			.variable("a", appointment)
			.variable("l", location)
			.variable("c", amount)
			.execute()
			.path("pledgeDonation.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("pledgeDonation.recorded")
			.entity(Boolean.class);
	}

	private HttpGraphQlTester graphQl(Role role, List<String> locations) {
		String token = this.issuer.issue(UUID.randomUUID(), "Test", List.of(role),
				locations.isEmpty() ? Map.of() : Map.of("locations", locations), Duration.ofMinutes(5));
		return GraphQlClients.http(this.port, "Bearer " + token);
	}

}
