/**
 * Scheduling: availability, holds, bookings, search and the honest urgency signals shown
 * next to slots. This package is the module's published API: use cases, their values and
 * the booking and hold event families.
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = "resources")
@NullMarked
package io.slotwise.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
