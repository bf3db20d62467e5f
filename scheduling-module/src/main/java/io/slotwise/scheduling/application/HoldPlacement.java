package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.scheduling.Hold;

/**
 * What the hold store answered to a placement.
 */
public sealed interface HoldPlacement {

	/**
	 * Held.
	 *
	 * @param hold the hold with the resources picked
	 */
	record Placed(Hold hold) implements HoldPlacement {
	}

	/**
	 * A live hold of someone else blocks at least one required resource group.
	 *
	 * @param until the earliest instant the blocked group frees up
	 */
	record Blocked(Instant until) implements HoldPlacement {
	}

	/** The patient already has the maximum number of live holds. */
	record LimitReached() implements HoldPlacement {
	}

}
