package io.slotwise.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Voluntary donation campaigns per location, the offer a booking confirmation shows, the
 * pledges patients make and the figures staff see.
 */
public interface DonationCampaigns {

	/** Starts or replaces a location's campaign. */
	Campaign configure(UUID location, String name, List<Integer> amountsCents);

	/** The offer for a booking at the location, if it runs a campaign. */
	Optional<DonationOffer> offer(UUID location);

	/**
	 * Records the patient's answer once per booking.
	 * @param amountCents null: no thanks
	 * @return false when the booking was answered before
	 */
	boolean pledge(UUID appointment, UUID location, @Nullable Integer amountCents);

	/** Pledges per location over [from, to); null location: all. */
	List<PledgeFigures> figures(Instant from, Instant to, @Nullable UUID location);

	/**
	 * @param amountsCents ascending suggested amounts
	 */
	record Campaign(UUID location, String name, List<Integer> amountsCents) {

		public Campaign {
			amountsCents = List.copyOf(amountsCents);
		}

	}

	/**
	 * @param options the suggested amounts, the middle one pre-selected; "no thanks" is
	 * always offered beside them and never pre-selected
	 * @param typicalAmountCents the amount most pledges were, from stored pledges, and
	 * only when enough pledges exist
	 */
	record DonationOffer(Campaign campaign, List<Option> options, @Nullable Integer typicalAmountCents,
			int typicalSample) {

		public DonationOffer {
			options = List.copyOf(options);
		}

		/** A suggested amount. */
		public record Option(int amountCents, boolean preselected) {

		}

	}

	/**
	 * @param answers bookings whose patient answered the offer
	 * @param pledges answers with an amount
	 * @param pledgeRate pledges over answers (0 when none)
	 * @param averageCents average pledged amount, null when none
	 */
	record PledgeFigures(UUID location, long answers, long pledges, double pledgeRate, @Nullable Double averageCents) {

	}

}
