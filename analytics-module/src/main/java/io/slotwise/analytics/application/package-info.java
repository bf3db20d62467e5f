/**
 * The funnel report use case: reads the recorded steps and hands them to the domain.
 */
@NullMarked
package io.slotwise.analytics.application;

import org.jspecify.annotations.NullMarked;
