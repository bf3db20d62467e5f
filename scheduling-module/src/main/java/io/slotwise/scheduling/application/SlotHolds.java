package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.Hold;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * The hold store. A hold counts while {@code expiresAt > now}, judged against the
 * caller's clock, so expiry needs no sweeper. Every method throws
 * {@link HoldsUnavailable} when the store does not answer in time.
 */
public interface SlotHolds {

	/**
	 * Places the hold atomically: the first candidate of each group that no live hold
	 * overlaps is taken; if a group has none, nothing is held.
	 * @param groups candidate resources per requirement, in preference order
	 * (practitioner, rooms with the capability, units of each equipment type)
	 */
	HoldPlacement place(HoldDraft draft, List<List<BookableResource>> groups, Instant now, int maxLivePerPatient);

	/** The hold, live or expired (while still remembered). */
	Optional<Hold> find(HoldId hold);

	/** The live holds on these resources, by resource id. */
	Map<UUID, List<TimeRange>> held(Collection<UUID> resources, Instant now);

	HoldExtension extend(HoldId hold, PatientId holder, Instant now, Instant newExpiry, int maxExtensions);

	/** Removes the hold, whatever its state; returns it if it existed. */
	Optional<Hold> remove(HoldId hold);

	/**
	 * The hold became a booking: it no longer counts for its holder nor expires with a
	 * notice, but its resources stay claimed until its expiry. Releasing them at once
	 * would let a placement whose database check ran just before the booking committed
	 * take the same room.
	 */
	void settle(Hold hold);

	/**
	 * Takes up to {@code max} holds that expired at or before {@code now} and were not
	 * yet reported; each is handed to exactly one caller, across instances.
	 */
	List<Hold> takeExpired(Instant now, int max);

}
