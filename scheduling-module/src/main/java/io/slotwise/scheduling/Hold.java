package io.slotwise.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.slotwise.resources.BookableResource;

/**
 * A short-lived claim on every resource a slot needs, so its holder can confirm without
 * racing anyone.
 *
 * @param id identity
 * @param holder the patient who placed it
 * @param slot what is held
 * @param end when the held slot ends (exclusive)
 * @param expiresAt when the hold stops counting, unless extended
 * @param extensions how often its holder has extended it
 * @param resources everything it holds: practitioner, room, equipment units
 */
public record Hold(HoldId id, PatientId holder, SlotRequest slot, Instant end, Instant expiresAt, int extensions,
		List<BookableResource> resources) {

	public Hold {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(slot, "slot");
		Objects.requireNonNull(expiresAt, "expiresAt");
		resources = List.copyOf(resources);
	}

	public boolean liveAt(Instant now) {
		return this.expiresAt.isAfter(now);
	}

}
