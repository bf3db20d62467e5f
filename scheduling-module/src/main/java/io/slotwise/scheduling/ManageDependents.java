package io.slotwise.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A guardian's dependents: the people a signed-in patient may book, hold, cancel and see
 * appointments for as if they were their own.
 */
public interface ManageDependents {

	/** Enough for any family; bounds what one guardian can make the server store. */
	int MAX_DEPENDENTS = 20;

	int MAX_NAME_LENGTH = 100;

	/** The guardian's dependents, by name (at most {@link #MAX_DEPENDENTS} of them). */
	List<DependentDetails> dependentsOf(PatientId guardian);

	/** The ids of the guardian's dependents: what {@link Requester#wards()} holds. */
	Set<PatientId> wardsOf(PatientId guardian);

	/**
	 * The dependents among these patient ids (patients who are nobody's are left out).
	 */
	Map<PatientId, DependentDetails> byIds(Collection<PatientId> patients);

	Outcome<DependentDetails> addDependent(PatientId guardian, DependentDraft draft);

	Outcome<DependentDetails> updateDependent(PatientId guardian, PatientId dependent, DependentDraft draft);

	/** Refused while the dependent has upcoming booked appointments. */
	Outcome<PatientId> removeDependent(PatientId guardian, PatientId dependent);

}
