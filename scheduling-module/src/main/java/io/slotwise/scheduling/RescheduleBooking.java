package io.slotwise.scheduling;

import java.time.Instant;

/**
 * Moves a booking to another start time with the same practitioner, location and visit
 * type: the new time is reserved and the old one released in one transaction, or nothing
 * changes.
 */
public interface RescheduleBooking {

	Outcome<AppointmentDetails> rescheduleBooking(Requester requester, AppointmentId appointment, Instant newStart);

}
