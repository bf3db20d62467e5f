package io.slotwise.scheduling.group;

import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One member of a group search: what visit they need and, optionally, with whom.
 *
 * @param patient who it is for (the caller or a dependent); optional while searching
 * @param practitioner only this practitioner, or null for anyone offering the visit
 */
public record MemberWish(@Nullable PatientId patient, VisitTypeId visitType, @Nullable PractitionerId practitioner) {
}
