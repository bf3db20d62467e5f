/**
 * Waitlist: patients waiting for earlier care, flexibility scoring, and time-boxed offers
 * of slots that free up.
 */
@ApplicationModule(displayName = "Waitlist", allowedDependencies = { "scheduling", "resources" })
@NullMarked
package io.slotwise.waitlist;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
