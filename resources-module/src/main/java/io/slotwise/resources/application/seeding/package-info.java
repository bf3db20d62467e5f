/**
 * Seeding: a deterministic generator of believable practice networks from real ZIP codes
 * (the demo data set and the benchmark network) and the use case that stores one into an
 * empty catalog. Not part of the domain: no rule of the catalog lives here.
 */
@NullMarked
package io.slotwise.resources.application.seeding;

import org.jspecify.annotations.NullMarked;
