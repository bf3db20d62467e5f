package io.slotwise.waitlist;

import java.util.Collection;
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

	/** How many entries the patient has in all (a connection's totalCount). */
	int countOf(PatientId patient);

	/** How many entries {@link #waitlistAt} ranks in all, for the same staff. */
	WaitlistOutcome<Integer> waitlistSizeAt(Requester staff, LocationId location);

	/**
	 * The patient's own entries among these ids, in one load (the entries a page of
	 * offers answers); another patient's are left out.
	 */
	List<WaitlistEntry> entriesOf(PatientId patient, Collection<EntryId> ids);

	/**
	 * The entries of the candidates of rounds the caller was just shown ({@code roundsAt}
	 * decided who may see them), in one load; each shown entry is recorded as a read.
	 */
	List<WaitlistEntry> candidateEntries(Collection<EntryId> ids);

	/** An entry with its score. */
	record RankedEntry(WaitlistEntry entry, ScoreBreakdown score) {
	}

}
