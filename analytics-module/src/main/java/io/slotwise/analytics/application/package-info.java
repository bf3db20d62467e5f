/**
 * Analytics use cases: ingesting scheduling's events, tracking journeys, reporting the
 * funnel and dropping months past the retention.
 */
@NullMarked
package io.slotwise.analytics.application;

import org.jspecify.annotations.NullMarked;
