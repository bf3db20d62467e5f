package io.slotwise.resources;

/**
 * Published when a room was created or updated.
 */
public record RoomChanged(RoomId room, LocationId location) {

}
