package io.slotwise.scheduling;

/**
 * Gives a hold back before it expires.
 */
public interface ReleaseHold {

	Outcome<HoldId> releaseHold(PatientId holder, HoldId hold);

}
