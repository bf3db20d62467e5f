package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.group.GroupHold;

/**
 * The hold store's bundle holds: beside single holds, in the same per-resource claims, so
 * a bundle and a single hold can never both hold one resource at one time. Every method
 * throws {@link HoldsUnavailable} when the store does not answer in time.
 */
public interface GroupHolds {

	/**
	 * Places the bundle hold atomically: for every member, the first candidate of each
	 * requirement that no live hold (nor another member of this bundle) overlaps; if any
	 * member's requirement has none, nothing is held. Counts once against the holder's
	 * live holds.
	 * @param requirements per member, in member order
	 */
	GroupPlacement place(GroupHold draft, List<List<Requirement>> requirements, Instant now, int maxLivePerHolder);

	/** The bundle hold, live or expired (while still remembered). */
	Optional<GroupHold> find(HoldId hold);

	/** Forgets the bundle hold and frees everything it claimed. */
	boolean remove(GroupHold hold);

}
