/**
 * External calendars' domain: busy intervals widened by a buffer, the connection
 * aggregate that decides its own status transitions, and freshness. Plain Java.
 */
@NullMarked
package io.slotwise.scheduling.calendar.domain;

import org.jspecify.annotations.NullMarked;
