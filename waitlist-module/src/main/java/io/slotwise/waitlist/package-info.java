/**
 * Waitlist: patients' standing requests for an earlier slot, ranked offers of freed slots
 * with deadlines, and the notices that tell patients. This package is the published API.
 */
@ApplicationModule(displayName = "Waitlist", allowedDependencies = { "scheduling", "scheduling :: audit", "resources" })
@NullMarked
package io.slotwise.waitlist;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
