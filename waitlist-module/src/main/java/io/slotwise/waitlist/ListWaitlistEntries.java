package io.slotwise.waitlist;

import java.util.List;
import java.util.Optional;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;

/**
 * Who waits: a patient's own entries, and for staff the waiting entries that accept one
 * of their locations, ranked.
 */
public interface ListWaitlistEntries {

	/** Oldest first. */
	List<WaitlistEntry> entriesOf(PatientId patient, int offset, int limit);

	/** One of the patient's own entries; empty for another patient's, as for none. */
	Optional<WaitlistEntry> entryOf(PatientId patient, EntryId entry);

	/**
	 * Waiting entries that accept the location, by their slot-independent score (waited,
	 * flexibility, priority; fit is judged per slot and shown as 0).
	 */
	WaitlistOutcome<List<RankedEntry>> waitlistAt(Requester staff, LocationId location, int offset, int limit);

	/** An entry with its score. */
	record RankedEntry(WaitlistEntry entry, ScoreBreakdown score) {
	}

}
