/**
 * PostgreSQL persistence of the catalog through jOOQ; generated classes live in
 * {@code schema}.
 */
package io.slotwise.resources.adapter.out.jooq;
