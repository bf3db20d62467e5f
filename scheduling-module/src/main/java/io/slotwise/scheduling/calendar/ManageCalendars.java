package io.slotwise.scheduling.calendar;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;

/**
 * Connects, lists, refreshes and disconnects a practitioner's external calendars.
 */
public interface ManageCalendars {

	/**
	 * Connects an iCalendar feed and fetches it once (a failing first fetch is recorded,
	 * not refused: the feed may be down for a moment).
	 * @param buffer time blocked on each side of a busy interval; the default when empty
	 */
	Outcome<CalendarConnectionDetails> connectFeed(CalendarCaller caller, PractitionerId practitioner, URI feedUrl,
			Optional<Duration> buffer);

	/**
	 * Starts the OAuth authorization-code flow (PKCE); answers the provider URL to send
	 * the browser to.
	 */
	Outcome<URI> startAuthorization(CalendarCaller caller, PractitionerId practitioner, CalendarKind kind,
			Optional<Duration> buffer);

	/**
	 * Finishes the flow with the provider's callback parameters; reconnects a
	 * disconnected calendar.
	 */
	Outcome<CalendarConnectionDetails> completeAuthorization(CalendarCaller caller, String state, String code);

	Outcome<CalendarConnectionDetails> disconnect(CalendarCaller caller, ConnectionId connection);

	/** Fetches busy times now, within the fetch timeout. */
	Outcome<CalendarConnectionDetails> refreshNow(CalendarCaller caller, ConnectionId connection);

	Outcome<List<CalendarConnectionDetails>> connections(CalendarCaller caller, PractitionerId practitioner);

}
