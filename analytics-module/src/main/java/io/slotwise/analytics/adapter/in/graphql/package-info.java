/**
 * Analytics' GraphQL operations; they call the module's published ports only.
 */
package io.slotwise.analytics.adapter.in.graphql;
