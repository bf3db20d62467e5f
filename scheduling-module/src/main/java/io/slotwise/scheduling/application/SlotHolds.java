package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * The hold store. A hold counts while {@code expiresAt > now}, judged against the
 * caller's clock, so expiry needs no sweeper. Every method throws
 * {@link HoldsUnavailable} when the store does not answer in time.
 */
public interface SlotHolds {

	/**
	 * Places the hold atomically: the first candidate of each requirement that no live
	 * hold overlaps is taken; if a requirement has none, nothing is held.
	 */
	HoldPlacement place(Hold draft, List<Requirement> requirements, Instant now, int maxLivePerPatient);

	/** The hold, live or expired (while still remembered). */
	Optional<Hold> find(HoldId hold);

	/** The live holds on these resources, by resource id. */
	Map<UUID, List<TimeRange>> held(Collection<UUID> resources, Instant now);

	/**
	 * Moves a live hold's expiry, if it is still live, still the holder's and below the
	 * extension limit when the store applies it.
	 */
	HoldExtension extend(HoldId hold, PatientId holder, Instant now, Instant newExpiry, int maxExtensions);

	/**
	 * Forgets the hold and frees everything it claimed, at once: after a release, and
	 * after its booking committed (the booking's reservations guard the slot from then
	 * on).
	 * @return whether the hold was still there
	 */
	boolean remove(Hold hold);

	/**
	 * Takes up to {@code max} holds that expired at or before {@code now} and were not
	 * yet reported; each is handed to exactly one caller, across instances.
	 */
	List<Hold> takeExpired(Instant now, int max);

}
