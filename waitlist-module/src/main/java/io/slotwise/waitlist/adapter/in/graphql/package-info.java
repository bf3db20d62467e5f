/**
 * The waitlist's GraphQL operations; they call the module's published ports only.
 */
package io.slotwise.waitlist.adapter.in.graphql;
