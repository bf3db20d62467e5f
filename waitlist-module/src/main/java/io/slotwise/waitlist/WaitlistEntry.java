package io.slotwise.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's standing request for an earlier slot.
 *
 * @param patientId who waits
 * @param visitTypeId for what kind of visit
 * @param earliest first acceptable day
 * @param latest last acceptable day
 * @param joinedAt when the patient joined; earlier joiners win ties
 */
public record WaitlistEntry(UUID id, UUID patientId, UUID visitTypeId, LocalDate earliest, LocalDate latest,
		Instant joinedAt) {

	public WaitlistEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(patientId, "patientId");
		if (latest.isBefore(earliest)) {
			throw new IllegalArgumentException("A waitlist window must not end before it starts");
		}
	}

}
