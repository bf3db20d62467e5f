/**
 * The catalog's maintenance API, a named interface of the resources module: staff edits
 * ({@link io.slotwise.resources.catalog.MaintainCatalog}) with their drafts and outcomes,
 * and seeding a demo or benchmark network
 * ({@link io.slotwise.resources.catalog.SeedCatalog}).
 */
@NamedInterface("catalog")
@NullMarked
package io.slotwise.resources.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
