/**
 * Analytics: the booking funnel (search, view, hold, book) and stage-to-stage conversion,
 * counted from the module's own table of funnel steps. Nothing records steps yet, so
 * every count is zero; it reads no other module's data.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {})
@NullMarked
package io.slotwise.analytics;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
