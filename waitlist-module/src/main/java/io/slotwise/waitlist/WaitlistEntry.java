package io.slotwise.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.slotwise.scheduling.PatientId;

/**
 * A patient's standing request for an earlier slot, as patients and staff see it.
 *
 * @param priority clinical priority set by staff, 0 (none) to 3 (urgent)
 * @param joinedAt when the patient joined; earlier joiners win ties
 */
public record WaitlistEntry(EntryId id, PatientId patient, Preferences preferences, int priority, Status status,
		Instant joinedAt) {

	public WaitlistEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(preferences, "preferences");
		Objects.requireNonNull(status, "status");
	}

	/**
	 * The status as of {@code today}: a waiting entry past its date range has expired.
	 */
	public Status statusOn(LocalDate today) {
		return (this.status == Status.WAITING && this.preferences.latest().isBefore(today)) ? Status.EXPIRED
				: this.status;
	}

	/** Where an entry is in its life. */
	public enum Status {

		WAITING, BOOKED, LEFT, EXPIRED

	}

}
