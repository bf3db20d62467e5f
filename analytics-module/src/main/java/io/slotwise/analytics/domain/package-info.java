/**
 * Funnel arithmetic and the repository port of recorded funnel steps: plain Java.
 */
@NullMarked
package io.slotwise.analytics.domain;

import org.jspecify.annotations.NullMarked;
