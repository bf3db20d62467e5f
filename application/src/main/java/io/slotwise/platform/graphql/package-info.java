/**
 * GraphQL platform wiring: scalars, error mapping, root operations.
 */
@NullMarked
package io.slotwise.platform.graphql;

import org.jspecify.annotations.NullMarked;
