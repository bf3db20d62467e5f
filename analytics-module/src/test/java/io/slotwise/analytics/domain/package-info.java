/**
 * Plain unit tests of analytics' domain rules.
 */
@NullMarked
package io.slotwise.analytics.domain;

import org.jspecify.annotations.NullMarked;
