package io.slotwise.scheduling;

import java.util.Optional;

/**
 * Books a slot directly, through the same transaction as a confirmation: staff booking
 * for a patient, or anyone while the hold store is down. Live holds of others are
 * respected when the hold store answers; the database guards against overlaps always.
 */
public interface BookWithoutHold {

	Outcome<AppointmentDetails> bookWithoutHold(Requester requester, PatientId patient, SlotRequest slot,
			Optional<String> idempotencyKey);

}
