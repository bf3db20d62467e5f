/**
 * Scheduling's GraphQL operations; they call the module's published ports only.
 */
package io.slotwise.scheduling.adapter.in.graphql;
