package io.slotwise.waitlist.application;

import java.time.Instant;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog.WorkingWindow;

/**
 * The working windows the waitlist last saw for a practitioner at a location, so a change
 * of working hours can be told apart from the hours that were bookable already.
 */
public interface SeenWorkingHours {

	/**
	 * Serializes changes of the practitioner's hours at the location, stores {@code now}
	 * as seen and answers what was seen before (windows ending after {@code since}); call
	 * inside a transaction.
	 */
	List<WorkingWindow> swap(PractitionerId practitioner, LocationId location, List<WorkingWindow> now, Instant since);

}
