/**
 * Analytics: the booking funnel (search, view, hold, book), time to book, hold
 * abandonment and refilled cancellations, learned from scheduling's published events and
 * client-tracked journey steps; it reads no other module's data.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = { "scheduling", "resources" })
@NullMarked
package io.slotwise.analytics;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
