/**
 * Resources: the catalog scheduling books against (locations, practitioners, rooms,
 * equipment, visit types, working hours) and offline ZIP geocoding. This package is the
 * API scheduling and the GraphQL adapter use: typed ids, catalog values, the read ports
 * ({@code SchedulingCatalog}, {@code BrowseLocations}, {@code FindPractitioners},
 * {@code BrowseVisitTypes}, {@code Geocoder}), the {@code CatalogError} vocabulary and
 * the {@code CatalogEvent} family. Staff edits and seeding are the {@code catalog} named
 * interface. Depends on no other module.
 */
@ApplicationModule(displayName = "Resources", allowedDependencies = {})
@NullMarked
package io.slotwise.resources;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
