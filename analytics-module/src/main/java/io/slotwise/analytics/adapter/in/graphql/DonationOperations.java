package io.slotwise.analytics.adapter.in.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns;
import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.DonationOffer;
import io.slotwise.analytics.DonationCampaigns.Pledge;
import io.slotwise.analytics.DonationCampaigns.PledgeFigures;
import io.slotwise.analytics.adapter.in.graphql.JourneyMutations.UserError;
import io.slotwise.scheduling.AppointmentDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

	/**
	 * The offer on a booking's confirmation, contributed to scheduling's Appointment type
	 * through the schema alone: scheduling knows nothing of donations.
	 */
	@SchemaMapping(typeName = "Appointment")
	@Nullable DonationOffer donationOffer(AppointmentDetails appointment) {
		if (appointment.status() != AppointmentDetails.Status.BOOKED) {
			return null;
		}
		return this.campaigns.offer(appointment.location().value()).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	PledgePayload pledgeDonation(@Argument PledgeInput input, Viewer patient) {
		Pledge pledge = this.campaigns.pledge(input.appointmentId(), patient.subject(), input.locationId(),
				input.amountCents());
		return switch (pledge) {
			case Pledge.Recorded recorded -> new PledgePayload(recorded.first(), List.of());
			case Pledge.Refused refused -> new PledgePayload(false,
					List.of(new UserError(refused.problem().name(), refused.message(), field(refused.problem()))));
		};
	}

	private static String field(Pledge.Problem problem) {
		return switch (problem) {
			case BOOKING_NOT_FOUND, NOT_YOUR_BOOKING -> "input.appointmentId";
			case WRONG_LOCATION, NO_CAMPAIGN -> "input.locationId";
			case INVALID_AMOUNT -> "input.amountCents";
		};
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
