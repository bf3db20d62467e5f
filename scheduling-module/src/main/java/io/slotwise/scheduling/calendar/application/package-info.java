/**
 * External calendars' use cases and secondary ports: connecting, syncing busy times with
 * bounded waits, refreshing tokens once across instances, and the busy data availability
 * and booking consult.
 */
@NullMarked
package io.slotwise.scheduling.calendar.application;

import org.jspecify.annotations.NullMarked;
