/**
 * Scheduling's published external-calendar API: connect a practitioner's iCalendar feed
 * or OAuth calendar so its busy times block bookable time, and see how fresh that data
 * is.
 */
@NamedInterface("calendar")
@NullMarked
package io.slotwise.scheduling.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
