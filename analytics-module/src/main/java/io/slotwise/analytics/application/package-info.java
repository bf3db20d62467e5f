/**
 * Use-case implementations of analytics.
 */
package io.slotwise.analytics.application;
