/**
 * Waitlist: a patient's standing requests for an earlier slot, which the patient can
 * list. Nothing adds entries yet, and no slot is offered to anyone.
 */
@ApplicationModule(displayName = "Waitlist", allowedDependencies = { "scheduling", "resources" })
@NullMarked
package io.slotwise.waitlist;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
