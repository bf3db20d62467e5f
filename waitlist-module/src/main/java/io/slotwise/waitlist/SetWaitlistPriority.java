package io.slotwise.waitlist;

import io.slotwise.scheduling.Requester;

/**
 * Staff set the clinical priority (0-3) of an entry at one of their locations.
 */
public interface SetWaitlistPriority {

	WaitlistOutcome<WaitlistEntry> setPriority(Requester staff, EntryId entry, int priority);

}
