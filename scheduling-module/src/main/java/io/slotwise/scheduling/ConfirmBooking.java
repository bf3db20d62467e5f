package io.slotwise.scheduling;

import java.util.Optional;

/**
 * Turns the holder's live hold into a booking: the appointment and every reservation in
 * one transaction. Confirming the same hold again, or retrying with the same idempotency
 * key, returns the same appointment.
 */
public interface ConfirmBooking {

	Outcome<AppointmentDetails> confirmBooking(PatientId holder, HoldId hold, Optional<String> idempotencyKey);

}
