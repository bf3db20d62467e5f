/**
 * Analytics through the real GraphQL API: the funnel recomputed from driven flows.
 */
@NullMarked
package io.slotwise.platform.analytics;

import org.jspecify.annotations.NullMarked;
