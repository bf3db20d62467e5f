package io.slotwise.scheduling;

/**
 * The state of a hold, for its holder only.
 */
public interface ViewHold {

	Outcome<HoldState> holdState(PatientId holder, HoldId hold);

}
