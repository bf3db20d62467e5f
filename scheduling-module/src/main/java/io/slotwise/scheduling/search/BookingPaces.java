package io.slotwise.scheduling.search;

import java.util.Collection;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * Where search gets the booking pace it shows next to a result. Scheduling owns the port
 * and the analytics module implements it from its stored facts, so scheduling never
 * depends on analytics; without an implementation no pace is shown.
 */
public interface BookingPaces {

	/**
	 * @return a pace for each practitioner with enough recorded journeys to say something
	 * honest; the others are absent
	 */
	Map<PractitionerId, BookingPace> paces(Collection<PractitionerId> practitioners);

}
