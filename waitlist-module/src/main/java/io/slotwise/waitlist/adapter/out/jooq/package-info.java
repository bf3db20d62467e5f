/**
 * PostgreSQL persistence of the waitlist through jOOQ; generated classes live in
 * {@code schema}.
 */
package io.slotwise.waitlist.adapter.out.jooq;
