/**
 * PostgreSQL persistence of scheduling through jOOQ; generated classes live in
 * {@code schema}.
 */
package io.slotwise.scheduling.adapter.out.jooq;
