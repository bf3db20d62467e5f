/**
 * The e-mail channel of offer notices, over SMTP.
 */
@NullMarked
package io.slotwise.waitlist.adapter.out.mail;

import org.jspecify.annotations.NullMarked;
