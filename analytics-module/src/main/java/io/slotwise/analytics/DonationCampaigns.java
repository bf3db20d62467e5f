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
	 * Records the answer of the patient who booked, once per booking.
	 * @param patient the caller, from their token
	 * @param amountCents null: no thanks
	 */
	Pledge pledge(UUID appointment, UUID patient, UUID location, @Nullable Integer amountCents);

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

	/** What became of a pledge: recorded (or answered before), or refused and why. */
	sealed interface Pledge {

		/**
		 * @param first false when the booking was answered before
		 */
		record Recorded(boolean first) implements Pledge {

		}

		record Refused(Problem problem, String message) implements Pledge {

		}

		/** Why a pledge is refused; each is a typed error code. */
		enum Problem {

			/**
			 * No booking of that id is known (yet): analytics learns bookings moments
			 * after they commit.
			 */
			BOOKING_NOT_FOUND,
			/** Someone else's booking. */
			NOT_YOUR_BOOKING,
			/** The booking is at another location than the one named. */
			WRONG_LOCATION,
			/** The booking's location runs no campaign. */
			NO_CAMPAIGN,
			/** Not positive, or above the largest amount. */
			INVALID_AMOUNT

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
