package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * Secondary port: how busy practitioners are, from stored appointments.
 */
public interface BookingActivity {

	/**
	 * One query for all practitioners: their appointments still booked that were created
	 * at or after {@code createdSince} or start in {@code [from, to)}; absent ones have
	 * none.
	 */
	Map<PractitionerId, List<Booked>> booked(Collection<PractitionerId> practitioners, Instant createdSince,
			Instant from, Instant to);

	/**
	 * @param createdAt when it was booked
	 * @param start when the visit starts
	 */
	record Booked(Instant createdAt, Instant start) {

	}

	/**
	 * @param recentBookings bookings created since the given instant
	 * @param bookedInPeriod booked appointments starting in the period
	 */
	record Counts(int recentBookings, int bookedInPeriod) {

	}

}
