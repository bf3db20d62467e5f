package io.slotwise.scheduling.audit;

import java.util.Objects;
import java.util.UUID;

import io.slotwise.scheduling.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One read or change of a patient's data, as the module that did it describes it.
 *
 * @param patient whose data
 * @param action what was done
 * @param subject what kind of data (e.g. {@code appointment}, {@code waitlist-offer})
 * @param subjectId which one, when it is one
 * @param from a change's state before (e.g. an appointment's time), as text
 * @param to a change's state after
 */
public record PhiAccess(PatientId patient, AuditAction action, String subject, @Nullable UUID subjectId,
		@Nullable String from, @Nullable String to) {

	public PhiAccess {
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subject, "subject");
	}

	public static PhiAccess read(PatientId patient, String subject, @Nullable UUID subjectId) {
		return new PhiAccess(patient, AuditAction.READ, subject, subjectId, null, null);
	}

	public static PhiAccess changed(PatientId patient, AuditAction action, String subject, UUID subjectId,
			@Nullable String from, @Nullable String to) {
		return new PhiAccess(patient, action, subject, subjectId, from, to);
	}

}
