package io.slotwise.scheduling;

/**
 * Restarts a live hold's countdown, a limited number of times, so a patient filling in a
 * long form keeps their slot.
 */
public interface ExtendHold {

	Outcome<HoldDetails> extendHold(PatientId holder, HoldId hold);

}
