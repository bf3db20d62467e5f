package io.slotwise.scheduling.domain.search;

import java.time.Duration;

/**
 * When a practitioner may honestly be labelled "filling fast": patients really are
 * booking them at a high rate now, and most of the coming week is really gone. Both must
 * hold, so a practitioner with three free slots all week but no recent bookings is not
 * "filling fast", and neither is one who had a burst of bookings but still has plenty of
 * room.
 *
 * @param recentWindow how far back "recently" reaches
 * @param minRecentBookings bookings within the window needed
 * @param minBookedShare share (0-1) of the coming week's bookable slots already booked
 */
public record FillingFast(Duration recentWindow, int minRecentBookings, double minBookedShare) {

	public static final FillingFast DEFAULTS = new FillingFast(Duration.ofHours(24), 3, 0.6);

	public FillingFast {
		if (recentWindow.isNegative() || recentWindow.isZero() || minRecentBookings < 1 || minBookedShare <= 0
				|| minBookedShare > 1) {
			throw new IllegalArgumentException("Filling-fast thresholds must be positive (share at most 1)");
		}
	}

	/**
	 * @param bookingsInWindow bookings made for this practitioner within the recent
	 * window
	 * @param bookedSlotsComingWeek slots of the coming week already booked
	 * @param freeSlotsComingWeek slots of the coming week still free
	 */
	public boolean applies(int bookingsInWindow, int bookedSlotsComingWeek, int freeSlotsComingWeek) {
		int capacity = bookedSlotsComingWeek + freeSlotsComingWeek;
		if (capacity == 0) {
			return false;
		}
		return bookingsInWindow >= this.minRecentBookings
				&& (double) bookedSlotsComingWeek / capacity >= this.minBookedShare;
	}

}
