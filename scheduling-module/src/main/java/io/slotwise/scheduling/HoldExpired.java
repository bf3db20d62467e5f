package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * A hold ran out without being confirmed; the slot is free again. Published after the
 * fact: a hold stops counting at {@code expiredAt} whether or not anyone has noticed.
 *
 * @param hold the hold
 * @param holder who held it
 * @param practitioner whose time was held
 * @param location where
 * @param start slot start
 * @param end slot end (exclusive)
 * @param expiredAt when it ran out
 */
public record HoldExpired(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location,
		Instant start, Instant end, Instant expiredAt) {
}
