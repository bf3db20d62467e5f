/**
 * Scheduling: availability, search, holds, bookings, group booking, external calendars
 * and the honest urgency signals shown next to slots.
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = "resources")
package io.slotwise.scheduling;

import org.springframework.modulith.ApplicationModule;
