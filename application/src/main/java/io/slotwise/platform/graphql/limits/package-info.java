/**
 * What one GraphQL request may cost the server: depth, a cost budget, root fields, the
 * expensive operations once per document, body size and execution time.
 */
@NullMarked
package io.slotwise.platform.graphql.limits;

import org.jspecify.annotations.NullMarked;
