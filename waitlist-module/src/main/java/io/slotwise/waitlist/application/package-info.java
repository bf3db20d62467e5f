/**
 * Use-case implementations of the waitlist.
 */
@NullMarked
package io.slotwise.waitlist.application;

import org.jspecify.annotations.NullMarked;
