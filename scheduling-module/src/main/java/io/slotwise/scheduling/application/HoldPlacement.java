package io.slotwise.scheduling.application;

import java.time.Instant;

import io.slotwise.scheduling.domain.Hold;

/**
 * What the hold store answered to a placement.
 */
public sealed interface HoldPlacement {

	/** Held, with the resources the store picked. */
	record Placed(Hold hold) implements HoldPlacement {
	}

	/**
	 * A live hold blocks a requirement.
	 *
	 * @param until the earliest instant the blocked requirement frees up
	 * @param patientIsBusy whether it is the patient's own time that is held
	 */
	record Blocked(Instant until, boolean patientIsBusy) implements HoldPlacement {
	}

	/** The patient already has the maximum number of live holds. */
	record LimitReached() implements HoldPlacement {
	}

}
