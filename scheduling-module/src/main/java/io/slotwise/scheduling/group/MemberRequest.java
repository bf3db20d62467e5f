package io.slotwise.scheduling.group;

import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;

/**
 * One member's slot of a bundle to hold: who, with whom, what and when.
 */
public record MemberRequest(PatientId patient, SlotRequest slot) {
}
