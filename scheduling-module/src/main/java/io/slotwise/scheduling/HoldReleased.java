package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * The holder gave a hold back before it expired; the slot is free again.
 *
 * @param hold the hold
 * @param holder who held it
 * @param practitioner whose time was held
 * @param location where
 * @param start slot start
 * @param end slot end (exclusive)
 */
public record HoldReleased(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location,
		Instant start, Instant end) {
}
