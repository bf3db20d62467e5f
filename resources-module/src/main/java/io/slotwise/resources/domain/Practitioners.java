package io.slotwise.resources.domain;

import java.util.List;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;

/**
 * All practitioners and the locations they work at.
 */
public interface Practitioners {

	Optional<Practitioner> find(PractitionerId id);

	/** Matching every criterion of the filter, by name then id. */
	List<Practitioner> matching(PractitionerFilter filter, int offset, int limit);

	/**
	 * Every practitioner who works somewhere, in no particular order (the search index
	 * loads them all).
	 */
	List<Practitioner> everyone();

	/** In the order of the ids; unknown ids are skipped. */
	List<Practitioner> findAll(List<PractitionerId> ids);

	/**
	 * Inserts or replaces the practitioner; leaving a location drops the working hours
	 * there.
	 */
	void save(Practitioner practitioner);

}
