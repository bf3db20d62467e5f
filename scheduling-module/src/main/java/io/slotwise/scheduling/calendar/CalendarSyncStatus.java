package io.slotwise.scheduling.calendar;

import java.util.Collection;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * How fresh each practitioner's external calendar data is; public, like availability.
 */
public interface CalendarSyncStatus {

	Map<PractitionerId, CalendarSync> syncOf(Collection<PractitionerId> practitioners);

}
