/**
 * Rate limits per user and per client address on the expensive and hoardable operations,
 * kept in Redis so they hold across instances.
 */
@NullMarked
package io.slotwise.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
