/**
 * The catalog's GraphQL operations; they call the module's published ports only.
 */
package io.slotwise.resources.adapter.in.graphql;
