package io.slotwise.waitlist;

import io.slotwise.scheduling.PatientId;

/**
 * A patient joins the waitlist with preferences, changes them, or leaves.
 */
public interface JoinWaitlist {

	WaitlistOutcome<WaitlistEntry> join(PatientId patient, Preferences preferences);

	WaitlistOutcome<WaitlistEntry> update(PatientId patient, EntryId entry, Preferences preferences);

	WaitlistOutcome<WaitlistEntry> leave(PatientId patient, EntryId entry);

}
