package io.slotwise.scheduling;

import java.time.LocalDate;

/**
 * What a guardian says about a dependent. Unchecked on purpose: {@link ManageDependents}
 * answers bad input with a typed {@link Problem}.
 */
public record DependentDraft(String name, LocalDate dateOfBirth, DependentDetails.Relationship relationship) {
}
