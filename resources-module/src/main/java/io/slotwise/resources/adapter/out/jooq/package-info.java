/**
 * PostgreSQL persistence of the catalog through jOOQ; the generated classes live in
 * {@code schema}.
 */
@NullMarked
package io.slotwise.resources.adapter.out.jooq;

import org.jspecify.annotations.NullMarked;
