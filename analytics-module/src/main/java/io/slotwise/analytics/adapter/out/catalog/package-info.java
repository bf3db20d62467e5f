/**
 * Reads the catalog's published ports for what scheduling's events do not carry.
 */
@NullMarked
package io.slotwise.analytics.adapter.out.catalog;

import org.jspecify.annotations.NullMarked;
