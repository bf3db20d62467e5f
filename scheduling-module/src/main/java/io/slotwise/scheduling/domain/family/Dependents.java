package io.slotwise.scheduling.domain.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.PatientId;

/**
 * Every guardian's dependents.
 */
public interface Dependents {

	List<DependentDetails> ofGuardian(PatientId guardian);

	Optional<DependentDetails> byId(PatientId dependent);

	List<DependentDetails> byIds(Collection<PatientId> patients);

	/** Inserts or updates. */
	void save(DependentDetails dependent);

	void remove(PatientId dependent);

	/** Whether the dependent has a booked appointment starting after {@code now}. */
	boolean hasUpcoming(PatientId dependent, Instant now);

}
