package io.slotwise.resources.domain;

import java.util.Collection;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;

/**
 * Working hours of practitioners, per location.
 */
public interface Schedules {

	/** Their hours at the location; no rules when none are set. */
	WorkingHours of(PractitionerId practitioner, LocationId location);

	/**
	 * The hours of each practitioner at the location paired with them (no rules when none
	 * are set), in the order asked: two queries however many pairs.
	 */
	List<WorkingHours> of(Collection<PractitionerAt> pairs);

	/** Their hours at every location they work at. */
	List<WorkingHours> of(PractitionerId practitioner);

	/** Replaces the rules and exceptions of that practitioner at that location. */
	void replace(WorkingHours hours);

}
