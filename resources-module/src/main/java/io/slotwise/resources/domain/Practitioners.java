package io.slotwise.resources.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.LocationId;

/**
 * All practitioners and the locations they work at.
 */
public interface Practitioners {

	Optional<Practitioner> find(PractitionerId id);

	/** Matching every criterion of the filter, by name then id. */
	List<Practitioner> matching(PractitionerFilter filter, int offset, int limit);

	/** Matching the filter and working at one of the locations. */
	List<Practitioner> workingAt(Collection<LocationId> locations, PractitionerFilter filter);

	/**
	 * Inserts or replaces the practitioner; leaving a location drops the working hours
	 * there.
	 */
	void save(Practitioner practitioner);

}
