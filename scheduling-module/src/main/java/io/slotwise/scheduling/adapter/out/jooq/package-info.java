/**
 * PostgreSQL persistence of scheduling through jOOQ; generated classes live in
 * {@code schema}.
 */
@NullMarked
package io.slotwise.scheduling.adapter.out.jooq;

import org.jspecify.annotations.NullMarked;
