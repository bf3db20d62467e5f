package io.slotwise.scheduling.calendar.application;

import java.util.List;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * A practitioner's appointments in a window, booked and cancelled, for their feed.
 */
public interface PractitionerAppointments {

	/**
	 * @param max at most this many, earliest first
	 */
	List<Booked> of(PractitionerId practitioner, TimeRange window, int max);

	/** One appointment as the feed needs it: no patient, no visit type. */
	record Booked(UUID appointment, LocationId location, TimeRange time, boolean cancelled) {
	}

}
