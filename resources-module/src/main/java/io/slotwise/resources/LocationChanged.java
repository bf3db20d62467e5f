package io.slotwise.resources;

/**
 * Published when a location was created or updated.
 */
public record LocationChanged(LocationId location) {

}
