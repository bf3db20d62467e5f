/**
 * Analytics: the booking funnel (search, view, hold, book), time to book, hold
 * abandonment, refilled cancellations and waitlist offers, learned from scheduling's and
 * the waitlist's published events and client-tracked journey steps; it reads no other
 * module's data. It implements search's {@code BookingPaces} port, so the pace patients
 * see comes from the same facts.
 */
@ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "scheduling", "scheduling :: search", "scheduling :: group", "resources", "waitlist" })
@NullMarked
package io.slotwise.analytics;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
