/**
 * Offline geocoding from the US Census ZCTA gazetteer shipped in {@code geo/} (see its
 * PROVENANCE.md).
 */
package io.slotwise.resources.adapter.out.gazetteer;
