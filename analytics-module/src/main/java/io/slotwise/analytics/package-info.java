/**
 * Analytics: the booking funnel (search, view, hold, book), conversion rates and time to
 * convert. Learns everything from published events; reads no other module's data.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {})
@NullMarked
package io.slotwise.analytics;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
