package io.slotwise.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The funnel over a period, every figure computed from stored facts.
 *
 * @param stages journeys per step, in funnel order
 * @param overallConversion booked journeys over searching journeys (0 when none searched)
 * @param timeToBook from a journey's first search to its first booking
 * @param holds what became of the holds placed in the period
 * @param cancellations cancellations in the period and how they were refilled
 * @param waitlist who joined a waitlist and what became of the offers made in the period
 * @param groupBookings groups booked in the period (one each, however many members)
 * @param series counts per time bucket
 */
public record FunnelReport(Instant from, Instant to, List<StageCount> stages, double overallConversion,
		TimeToBook timeToBook, Holds holds, Cancellations cancellations, Waitlist waitlist, long groupBookings,
		List<Bucket> series) {

	/** The steps from looking to booking, in order. */
	public enum Stage {

		SEARCH, VIEW, HOLD, BOOK

	}

	/**
	 * @param journeys journeys that first reached the step in the period
	 * @param conversionFromPrevious share of the previous step's journeys (1 for the
	 * first, 0 when the previous had none)
	 */
	public record StageCount(Stage stage, long journeys, double conversionFromPrevious) {

	}

	/**
	 * @param journeys booked journeys that searched first
	 * @param average null when there are none
	 * @param median the middle value, or the mean of the two middle ones; null when none
	 */
	public record TimeToBook(long journeys, @Nullable Duration average, @Nullable Duration median) {

	}

	/**
	 * @param placed holds placed in the period
	 * @param abandoned of those, released or expired (the hoarding signal)
	 * @param abandonmentRate abandoned over placed (0 when none)
	 * @param bookings bookings made in the period
	 * @param holdsPerBooking placed over bookings (0 when no bookings)
	 */
	public record Holds(long placed, long abandoned, double abandonmentRate, long bookings, double holdsPerBooking) {

	}

	/**
	 * @param cancelled cancellations in the period
	 * @param refilled of those, the freed slot booked again afterwards (by anyone)
	 * @param refilledFromWaitlist of the refilled, booked by accepting a waitlist offer
	 * @param medianTimeToRefill null when none was refilled
	 */
	public record Cancellations(long cancelled, long refilled, long refilledFromWaitlist,
			@Nullable Duration medianTimeToRefill) {

	}

	/**
	 * Waitlist offers made in the period and how each ended (an open offer has not).
	 *
	 * @param joined waitlist entries created in the period
	 * @param acceptanceRate accepted over offered (0 when none)
	 */
	public record Waitlist(long joined, long offered, long accepted, long declined, long lapsed, long withdrawn,
			double acceptanceRate) {

	}

	/**
	 * Facts counted per bucket (events, not distinct journeys), and the bucket's own
	 * conversion: journeys that first booked in it over journeys that first searched in
	 * it.
	 *
	 * @param medianTimeToBook over the journeys that first booked in the bucket; null
	 * when none
	 */
	public record Bucket(Instant start, long searches, long views, long holdsPlaced, long holdsAbandoned, long bookings,
			long cancellations, long offers, long offersAccepted, long searchingJourneys, long bookedJourneys,
			double conversion, @Nullable Duration medianTimeToBook, long waitlistJoined, long groupBookings) {

	}

}
