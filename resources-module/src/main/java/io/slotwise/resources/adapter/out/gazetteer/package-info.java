/**
 * Offline geocoding from the US Census ZCTA gazetteer shipped in {@code geo/} (see its
 * PROVENANCE.md).
 */
@NullMarked
package io.slotwise.resources.adapter.out.gazetteer;

import org.jspecify.annotations.NullMarked;
