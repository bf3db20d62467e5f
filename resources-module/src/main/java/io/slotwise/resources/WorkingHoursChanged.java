package io.slotwise.resources;

/**
 * Published when a practitioner's working hours at a location were replaced; availability
 * there must be recomputed.
 */
public record WorkingHoursChanged(PractitionerId practitioner, LocationId location) {

}
