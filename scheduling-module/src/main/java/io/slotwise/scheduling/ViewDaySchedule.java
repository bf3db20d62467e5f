package io.slotwise.scheduling;

import java.time.LocalDate;
import java.util.Optional;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * Staff's day view: for one practitioner (at each of their locations the caller may see)
 * or for every practitioner of one location, the day's appointments, live holds and
 * blocked time, each column in its location's zone. Staff see only their own locations,
 * administrators all, patients nothing. Showing the appointments is recorded as a PHI
 * read of each patient.
 */
public interface ViewDaySchedule {

	/**
	 * The most practitioners one schedule shows: a location with more is cut off (and
	 * says so), so one request stays bounded.
	 */
	int MAX_PRACTITIONERS = 50;

	/** How far from today a schedule may be asked for, either way. */
	int MAX_DAYS_AWAY = 366;

	Outcome<DaySchedule> daySchedule(Requester requester, Optional<PractitionerId> practitioner,
			Optional<LocationId> location, LocalDate date);

}
