package io.slotwise.scheduling.calendar;

import java.net.URI;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;

/**
 * Each practitioner's private, revocable iCalendar feed of their Slotwise appointments,
 * for their phone. The feed URL carries an unguessable token that is shown once and
 * stored only as a hash.
 */
public interface AppointmentFeeds {

	/**
	 * Issues the practitioner's feed URL; an earlier URL stops working (rotation).
	 */
	Outcome<URI> issueFeed(CalendarCaller caller, PractitionerId practitioner);

	/**
	 * Revokes the practitioner's feed URL.
	 * @return whether there was one
	 */
	Outcome<Boolean> revokeFeed(CalendarCaller caller, PractitionerId practitioner);

	/** The feed's iCalendar text, if the token is a current one. */
	Optional<String> feed(String token);

}
