/**
 * The iCalendar feed adapter: fetches a practitioner's .ics feed with a bounded wait and
 * expands it into busy intervals with ical4j.
 */
@NullMarked
package io.slotwise.scheduling.adapter.out.ical;

import org.jspecify.annotations.NullMarked;
