package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * A patient now holds a slot until {@code expiresAt}.
 *
 * @param hold the hold
 * @param holder who holds it
 * @param practitioner whose time is held
 * @param location where
 * @param start slot start
 * @param end slot end (exclusive)
 * @param expiresAt when the hold runs out
 */
public record HoldPlaced(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location, Instant start,
		Instant end, Instant expiresAt) {
}
