package io.slotwise.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.DonationOffer;
import org.junit.jupiter.api.Test;

class DonationRulesTests {

	final Campaign campaign = DonationRules.campaign(UUID.randomUUID(), "Care fund", List.of(500, 1000, 2500));

	@Test
	void theMiddleAmountIsPreselectedAndOnlyIt() {
		assertThat(DonationRules.offer(this.campaign, Map.of(), 20).options()).containsExactly(
				new DonationOffer.Option(500, false), new DonationOffer.Option(1000, true),
				new DonationOffer.Option(2500, false));
		Campaign two = DonationRules.campaign(UUID.randomUUID(), "Care fund", List.of(500, 1000));
		assertThat(DonationRules.offer(two, Map.of(), 20).options()).extracting(DonationOffer.Option::preselected)
			.containsExactly(true, false);
	}

	@Test
	void mostPatientsGiveOnlyAboveTheMinimumAndForAMajority() {
		assertThat(DonationRules.offer(this.campaign, Map.of(1000, 19L), 20).typicalAmountCents()).isNull();
		assertThat(DonationRules.offer(this.campaign, Map.of(1000, 11L, 500, 9L), 20).typicalAmountCents())
			.isEqualTo(1000);
		// The most common amount, but not most patients: no line.
		assertThat(DonationRules.offer(this.campaign, Map.of(1000, 10L, 500, 6L, 2500, 4L), 20).typicalAmountCents())
			.isNull();
	}

	@Test
	void suggestedAmountsAreAFewAscendingPositiveOnes() {
		UUID location = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> DonationRules.campaign(location, "F", List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DonationRules.campaign(location, "F", List.of(1000, 500)));
		assertThatIllegalArgumentException().isThrownBy(() -> DonationRules.campaign(location, "F", List.of(0, 500)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DonationRules.campaign(location, "F", List.of(1, 2, 3, 4, 5, 6)));
		assertThatIllegalArgumentException().isThrownBy(() -> DonationRules.campaign(location, " ", List.of(500)));
	}

}
