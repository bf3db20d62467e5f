/**
 * Use-case implementations of analytics.
 */
@NullMarked
package io.slotwise.analytics.application;

import org.jspecify.annotations.NullMarked;
