package io.slotwise.resources;

/**
 * A location and how far it is from a search origin.
 *
 * @param distance great-circle distance from the origin
 */
public record NearbyLocation(LocationDetails location, Distance distance) {

}
