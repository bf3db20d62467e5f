/**
 * PostgreSQL persistence of the waitlist through jOOQ; generated classes live in
 * {@code schema}.
 */
@NullMarked
package io.slotwise.waitlist.adapter.out.jooq;

import org.jspecify.annotations.NullMarked;
