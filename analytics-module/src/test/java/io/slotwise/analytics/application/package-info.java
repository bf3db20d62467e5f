/**
 * Tests of analytics' use cases against real PostgreSQL.
 */
@NullMarked
package io.slotwise.analytics.application;

import org.jspecify.annotations.NullMarked;
