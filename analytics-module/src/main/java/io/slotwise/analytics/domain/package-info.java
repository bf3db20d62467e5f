/**
 * Funnel facts, their repository ports, pseudonyms and the funnel arithmetic: plain Java.
 */
@NullMarked
package io.slotwise.analytics.domain;

import org.jspecify.annotations.NullMarked;
