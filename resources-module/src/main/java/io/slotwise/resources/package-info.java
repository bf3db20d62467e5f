/**
 * Resources: the catalog scheduling books against — locations, practitioners, rooms,
 * equipment, visit types, working hours — and offline geocoding. Depends on no other
 * module.
 */
@ApplicationModule(displayName = "Resources", allowedDependencies = {})
package io.slotwise.resources;

import org.springframework.modulith.ApplicationModule;
