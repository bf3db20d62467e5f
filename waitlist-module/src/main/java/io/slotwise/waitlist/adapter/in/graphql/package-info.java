/**
 * The waitlist's GraphQL operations; they call the module's published ports only, and the
 * caller comes from the token.
 */
@NullMarked
package io.slotwise.waitlist.adapter.in.graphql;

import org.jspecify.annotations.NullMarked;
