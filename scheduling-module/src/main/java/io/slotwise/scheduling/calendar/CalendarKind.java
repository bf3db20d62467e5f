package io.slotwise.scheduling.calendar;

/**
 * The kinds of external calendar; each has its own adapter.
 */
public enum CalendarKind {

	/** A read-only iCalendar (.ics) feed URL. */
	ICAL_FEED,
	/** Google Calendar through OAuth2 and its freeBusy API. */
	GOOGLE

}
