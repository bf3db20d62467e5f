package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.scheduling.domain.group.GroupHold;

/**
 * What the hold store answered to a bundle placement.
 */
public sealed interface GroupPlacement {

	/** Held, with the resources the store picked for every member. */
	record Placed(GroupHold hold) implements GroupPlacement {
	}

	/**
	 * A live hold blocks one member's requirement, so nothing is held.
	 *
	 * @param member the first blocked member's position
	 * @param until the earliest instant the blocked requirement frees up
	 * @param patientIsBusy whether it is the member's own time that is held
	 */
	record Blocked(int member, Instant until, boolean patientIsBusy) implements GroupPlacement {
	}

	/** The holder already has the maximum number of live holds. */
	record LimitReached() implements GroupPlacement {
	}

}
