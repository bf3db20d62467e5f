package io.slotwise.resources.domain;

import java.util.List;
import java.util.Map;
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

	/**
	 * Ids of the practitioners matching the filter who work at one of the locations,
	 * ranked by the distance of their nearest such location, then higher rating, then id;
	 * at most {@code limit}. Ranked in the database so only the top rows travel.
	 */
	List<PractitionerId> nearest(Map<LocationId, Double> kilometres, PractitionerFilter filter, int limit);

	/** In the order of the ids; unknown ids are skipped. */
	List<Practitioner> findAll(List<PractitionerId> ids);

	/**
	 * Inserts or replaces the practitioner; leaving a location drops the working hours
	 * there.
	 */
	void save(Practitioner practitioner);

}
