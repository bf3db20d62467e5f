package io.slotwise.analytics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.DonationOffer;
import io.slotwise.analytics.DonationCampaigns.Pledge;
import io.slotwise.analytics.DonationCampaigns.Pledge.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign may suggest and how it is offered: a few ascending amounts, the middle
 * one pre-selected, "no thanks" never pre-selected, and a "most patients give" amount
 * only when more than half of at least {@code minimum} stored pledges were that amount.
 */
public final class DonationRules {

	/** The largest amount a campaign may suggest or a patient pledge, in cents. */
	public static final int LARGEST_CENTS = 100_000;

	private DonationRules() {
	}

	public static Campaign campaign(UUID location, String name, List<Integer> amountsCents) {
		if (name.isBlank() || name.length() > 80) {
			throw new IllegalArgumentException("A campaign needs a name of at most 80 characters");
		}
		if (amountsCents.isEmpty() || amountsCents.size() > 5) {
			throw new IllegalArgumentException("A campaign suggests one to five amounts");
		}
		for (int i = 0; i < amountsCents.size(); i++) {
			int amount = amountsCents.get(i);
			if (amount <= 0 || amount > LARGEST_CENTS || (i > 0 && amount <= amountsCents.get(i - 1))) {
				throw new IllegalArgumentException(
						"Suggested amounts must be ascending, positive and at most " + LARGEST_CENTS + " cents");
			}
		}
		return new Campaign(location, name.strip(), amountsCents);
	}

	public static DonationOffer offer(Campaign campaign, Map<Integer, Long> pledgedAmounts, int minimum) {
		List<DonationOffer.Option> options = new ArrayList<>();
		int middle = (campaign.amountsCents().size() - 1) / 2;
		for (int i = 0; i < campaign.amountsCents().size(); i++) {
			options.add(new DonationOffer.Option(campaign.amountsCents().get(i), i == middle));
		}
		long sample = pledgedAmounts.values().stream().mapToLong(Long::longValue).sum();
		Optional<Map.Entry<Integer, Long>> most = pledgedAmounts.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		Integer typical = (sample >= minimum && most.isPresent() && most.get().getValue() * 2 > sample)
				? most.get().getKey() : null;
		return new DonationOffer(campaign, options, typical, Math.toIntExact(sample));
	}

	/**
	 * Whether the caller may answer for the booking: only its own patient, at the
	 * booking's location, under a running campaign, with a sane amount (or no thanks).
	 * @param booking null when the booking is not known (yet)
	 */
	public static Optional<Pledge.Refused> refusal(Pledges.@Nullable Booking booking, String callerKey, UUID location,
			boolean campaignRuns, @Nullable Integer amountCents) {
		if (booking == null) {
			return refused(Problem.BOOKING_NOT_FOUND,
					"No booking of that id is known; a booking just made may take a moment to arrive");
		}
		if (!booking.patientKey().equals(callerKey)) {
			return refused(Problem.NOT_YOUR_BOOKING, "Only the patient who booked may pledge for the booking");
		}
		if (!booking.location().equals(location)) {
			return refused(Problem.WRONG_LOCATION, "The booking is at another location");
		}
		if (!campaignRuns) {
			return refused(Problem.NO_CAMPAIGN, "The location runs no donation campaign");
		}
		if (amountCents != null && (amountCents <= 0 || amountCents > LARGEST_CENTS)) {
			return refused(Problem.INVALID_AMOUNT, "A pledge is positive and at most " + LARGEST_CENTS + " cents");
		}
		return Optional.empty();
	}

	private static Optional<Pledge.Refused> refused(Problem problem, String message) {
		return Optional.of(new Pledge.Refused(problem, message));
	}

}
