package io.slotwise.scheduling;

/**
 * Cancels a booking and frees all its resources at once.
 */
public interface CancelBooking {

	Outcome<AppointmentDetails> cancelBooking(Requester requester, AppointmentId appointment);

}
