/**
 * The rate limits' token buckets in Redis, shared by every instance.
 */
@NullMarked
package io.slotwise.platform.ratelimit.adapter.out.redisson;

import org.jspecify.annotations.NullMarked;
