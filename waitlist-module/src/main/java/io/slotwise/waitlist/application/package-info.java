/**
 * The waitlist's one use case: a patient's own entries, a page at a time.
 */
@NullMarked
package io.slotwise.waitlist.application;

import org.jspecify.annotations.NullMarked;
