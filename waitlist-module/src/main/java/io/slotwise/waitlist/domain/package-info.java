/**
 * The repository port of waitlist entries: plain Java, no framework.
 */
@NullMarked
package io.slotwise.waitlist.domain;

import org.jspecify.annotations.NullMarked;
