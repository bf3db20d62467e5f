/**
 * The webhook channel of offer notices, signed with HMAC-SHA256 per subscriber.
 */
@NullMarked
package io.slotwise.waitlist.adapter.out.webhook;

import org.jspecify.annotations.NullMarked;
