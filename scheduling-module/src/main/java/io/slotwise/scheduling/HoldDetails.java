package io.slotwise.scheduling;

import java.time.Instant;

/**
 * A hold as its holder sees it: what is held and until when.
 *
 * @param end when the held slot ends (exclusive)
 * @param expiresAt when the hold stops counting, unless extended
 * @param extensions how often its holder has extended it
 */
public record HoldDetails(HoldId id, PatientId holder, SlotRequest slot, Instant end, Instant expiresAt,
		int extensions) {
}
