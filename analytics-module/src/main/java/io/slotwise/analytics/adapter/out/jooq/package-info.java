/**
 * PostgreSQL persistence of funnel steps through jOOQ; generated classes live in
 * {@code schema}.
 */
@NullMarked
package io.slotwise.analytics.adapter.out.jooq;

import org.jspecify.annotations.NullMarked;
