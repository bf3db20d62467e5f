package io.slotwise.scheduling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone a signed-in patient (the guardian) books for: a patient of their own, whose
 * appointments and reservations carry {@code id}, managed by exactly one guardian.
 *
 * @param id the dependent's own patient id
 * @param guardian the patient who manages them
 */
public record DependentDetails(PatientId id, PatientId guardian, String name, LocalDate dateOfBirth,
		Relationship relationship) {

	public DependentDetails {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(guardian, "guardian");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		Objects.requireNonNull(relationship, "relationship");
	}

	/** How the dependent is related to the guardian. */
	public enum Relationship {

		CHILD, PARTNER, PARENT, OTHER

	}

}
