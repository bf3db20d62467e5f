/**
 * Relay's object identification: opaque global ids, the {@code Node} interface and
 * {@code node(id:)} / {@code nodes(ids:)} answered by each type's own query.
 */
@NullMarked
package io.slotwise.platform.graphql.node;

import org.jspecify.annotations.NullMarked;
