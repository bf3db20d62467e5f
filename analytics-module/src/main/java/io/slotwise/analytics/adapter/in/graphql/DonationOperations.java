package io.slotwise.analytics.adapter.in.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns;
import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.DonationOffer;
import io.slotwise.analytics.DonationCampaigns.PledgeFigures;
import io.slotwise.analytics.adapter.in.graphql.JourneyMutations.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Donation campaigns: admins configure them, a booking confirmation shows the offer, the
 * patient answers once, staff see the figures of their locations.
 */
@Controller
class DonationOperations {

	private final DonationCampaigns campaigns;

	DonationOperations(DonationCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	CampaignPayload configureDonationCampaign(@Argument ConfigureInput input) {
		try {
			return new CampaignPayload(
					this.campaigns.configure(input.locationId(), input.name(), input.suggestedAmountsCents()),
					List.of());
		}
		catch (IllegalArgumentException ex) {
			return new CampaignPayload(null,
					List.of(new UserError("VALIDATION_FAILED", ex.getMessage(), "input.suggestedAmountsCents")));
		}
	}

	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	@Nullable DonationOffer donationOffer(@Argument UUID locationId) {
		return this.campaigns.offer(locationId).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	PledgePayload pledgeDonation(@Argument PledgeInput input) {
		try {
			boolean recorded = this.campaigns.pledge(input.appointmentId(), input.locationId(), input.amountCents());
			return new PledgePayload(recorded, List.of());
		}
		catch (IllegalStateException ex) {
			return new PledgePayload(false, List.of(new UserError("NOT_FOUND", ex.getMessage(), "input.locationId")));
		}
		catch (IllegalArgumentException ex) {
			return new PledgePayload(false,
					List.of(new UserError("VALIDATION_FAILED", ex.getMessage(), "input.amountCents")));
		}
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	List<PledgeFigures> donationPledges(@Argument Instant from, @Argument Instant to,
			@Argument @Nullable UUID locationId, Viewer viewer) {
		if (viewer.staffLocations() != null && (locationId == null || !viewer.staffLocations().contains(locationId))) {
			throw new AccessDeniedException("Staff see the pledges of their own locations only");
		}
		return this.campaigns.figures(from, to, locationId);
	}

	record ConfigureInput(UUID locationId, String name, List<Integer> suggestedAmountsCents) {

	}

	record CampaignPayload(@Nullable Campaign campaign, List<UserError> errors) {

	}

	/**
	 * @param amountCents null: no thanks
	 */
	record PledgeInput(UUID appointmentId, UUID locationId, @Nullable Integer amountCents) {

	}

	record PledgePayload(boolean recorded, List<UserError> errors) {

	}

}
