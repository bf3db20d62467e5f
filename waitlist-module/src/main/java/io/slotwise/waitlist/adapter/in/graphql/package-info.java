/**
 * The waitlist's GraphQL operations; they call the module's published ports only.
 */
@NullMarked
package io.slotwise.waitlist.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
