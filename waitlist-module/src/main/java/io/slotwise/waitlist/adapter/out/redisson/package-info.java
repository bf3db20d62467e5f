/**
 * In-app offer notices between instances, over Redis pub/sub.
 */
@NullMarked
package io.slotwise.waitlist.adapter.out.redisson;

import org.jspecify.annotations.NullMarked;
