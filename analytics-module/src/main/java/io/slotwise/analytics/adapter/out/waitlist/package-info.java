/**
 * Reads the waitlist's published ports for what its events do not carry.
 */
@NullMarked
package io.slotwise.analytics.adapter.out.waitlist;

import org.jspecify.annotations.NullMarked;
