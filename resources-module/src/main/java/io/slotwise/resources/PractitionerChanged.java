package io.slotwise.resources;

/**
 * Published when a practitioner was created or updated (specialties, languages,
 * insurance, locations).
 */
public record PractitionerChanged(PractitionerId practitioner) {

}
