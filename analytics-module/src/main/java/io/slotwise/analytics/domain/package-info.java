/**
 * Funnel arithmetic and the repository port of recorded funnel steps: plain Java.
 */
package io.slotwise.analytics.domain;
