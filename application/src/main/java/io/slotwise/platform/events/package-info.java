/**
 * Delivery of cross-module events: publications a listener failed to complete are
 * resubmitted by one instance at a time, on a schedule.
 */
@NullMarked
package io.slotwise.platform.events;

import org.jspecify.annotations.NullMarked;
