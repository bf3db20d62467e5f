package io.slotwise.scheduling.domain.family;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.DependentDraft;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;

/**
 * Decides whether a dependent may be registered or changed: a name of sensible length, a
 * date of birth in the past, and a bounded number of dependents per guardian. Only the
 * guardian sees or changes their dependents; anyone else's look the same as missing ones.
 */
public final class Dependent {

	private Dependent() {
	}

	/** A new dependent with an id of its own, if the draft is valid. */
	public static Outcome<DependentDetails> register(PatientId guardian, DependentDraft draft, int existing,
			LocalDate today) {
		if (existing >= ManageDependents.MAX_DEPENDENTS) {
			return Outcome.refused(Problem.Code.VALIDATION_FAILED,
					"A guardian manages at most " + ManageDependents.MAX_DEPENDENTS + " dependents");
		}
		return checked(draft, today).map((problem) -> Outcome.<DependentDetails>refused(problem))
			.orElseGet(() -> Outcome.done(new DependentDetails(new PatientId(UUID.randomUUID()), guardian,
					draft.name().strip(), draft.dateOfBirth(), draft.relationship())));
	}

	/** The dependent as the draft describes it, if it is the guardian's and valid. */
	public static Outcome<DependentDetails> change(PatientId guardian, Optional<DependentDetails> current,
			DependentDraft draft, LocalDate today) {
		if (current.isEmpty() || !current.get().guardian().equals(guardian)) {
			return Outcome.refused(notFound());
		}
		return checked(draft, today).map((problem) -> Outcome.<DependentDetails>refused(problem))
			.orElseGet(() -> Outcome.done(new DependentDetails(current.get().id(), guardian, draft.name().strip(),
					draft.dateOfBirth(), draft.relationship())));
	}

	public static Problem notFound() {
		return Problem.inField("dependentId", Problem.Code.NOT_FOUND, "No such dependent");
	}

	private static Optional<Problem> checked(DependentDraft draft, LocalDate today) {
		String name = draft.name().strip();
		if (name.isEmpty() || name.length() > ManageDependents.MAX_NAME_LENGTH) {
			return Optional.of(Problem.inField("name", Problem.Code.VALIDATION_FAILED,
					"A name has 1 to " + ManageDependents.MAX_NAME_LENGTH + " characters"));
		}
		if (draft.dateOfBirth().isAfter(today) || draft.dateOfBirth().isBefore(today.minusYears(130))) {
			return Optional.of(Problem.inField("dateOfBirth", Problem.Code.VALIDATION_FAILED,
					"The date of birth must be in the past 130 years"));
		}
		return Optional.empty();
	}

}
