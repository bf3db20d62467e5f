/**
 * Analytics' GraphQL operations; they call the module's published ports only.
 */
@NullMarked
package io.slotwise.analytics.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
