package io.slotwise.scheduling.calendar;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import reactor.core.publisher.Flux;

/**
 * Tells a practitioner when one of their calendars changes status: disconnected by its
 * provider (so their availability is out of sync until they reconnect), reconnected, or
 * newly connected.
 */
public interface WatchCalendars {

	/**
	 * Each connection whose status or error changes, as stored — so a change made by any
	 * instance (the refresh job runs on one) reaches subscribers on every instance.
	 */
	Outcome<Flux<CalendarConnectionDetails>> changes(CalendarCaller caller, PractitionerId practitioner);

}
