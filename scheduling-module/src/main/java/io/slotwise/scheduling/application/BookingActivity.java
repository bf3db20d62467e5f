package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * Secondary port: how busy practitioners are, counted from stored appointments.
 */
public interface BookingActivity {

	/**
	 * One query for all practitioners; absent ones have no bookings.
	 * @param createdSince count bookings (still booked) made at or after this instant
	 * @param from count booked appointments starting in {@code [from, to)}
	 * @param to see {@code from}
	 */
	Map<PractitionerId, Counts> counts(Collection<PractitionerId> practitioners, Instant createdSince, Instant from,
			Instant to);

	/**
	 * @param recentBookings bookings created since the given instant
	 * @param bookedInPeriod booked appointments starting in the period
	 */
	record Counts(int recentBookings, int bookedInPeriod) {

	}

}
