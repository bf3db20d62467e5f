/**
 * The catalog's GraphQL operations; they call the module's root-package and
 * {@code catalog} ports only.
 */
@NullMarked
package io.slotwise.resources.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
