package io.slotwise.resources;

/**
 * Published when equipment stock was created or its units changed.
 */
public record EquipmentChanged(EquipmentId equipment, LocationId location) {

}
