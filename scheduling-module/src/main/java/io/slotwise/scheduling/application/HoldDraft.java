package io.slotwise.scheduling.application;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.TimeRange;

import java.time.Instant;

/**
 * A hold about to be placed; the hold store picks its resources.
 *
 * @param id identity
 * @param holder who asks
 * @param slot what
 * @param range the slot's time
 * @param expiresAt when it will expire
 */
public record HoldDraft(HoldId id, PatientId holder, SlotRequest slot, TimeRange range, Instant expiresAt) {
}
