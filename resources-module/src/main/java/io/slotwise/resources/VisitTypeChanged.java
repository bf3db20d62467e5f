package io.slotwise.resources;

/**
 * Published when a visit type was created or its requirements changed.
 */
public record VisitTypeChanged(VisitTypeId visitType) {

}
