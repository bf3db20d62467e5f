/**
 * PostgreSQL persistence of funnel steps through jOOQ; generated classes live in
 * {@code schema}.
 */
package io.slotwise.analytics.adapter.out.jooq;
