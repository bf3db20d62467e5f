/**
 * Scheduling's GraphQL operations; they call the module's published ports only.
 */
@NullMarked
package io.slotwise.scheduling.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
