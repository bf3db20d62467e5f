/**
 * GraphQL platform wiring: scalars, error mapping, root operations.
 */
package io.slotwise.platform.graphql;
