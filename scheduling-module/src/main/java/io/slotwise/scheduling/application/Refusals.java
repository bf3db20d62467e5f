package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.domain.ResourceChoice;

/**
 * The refusals every booking path gives alike, worded once.
 */
final class Refusals {

	private Refusals() {
	}

	static Problem slotUnavailable() {
		return Problem.of(Problem.Code.SLOT_UNAVAILABLE, "The slot is no longer available");
	}

	static Problem patientBusy() {
		return Problem.of(Problem.Code.PATIENT_BUSY, "The patient already has an appointment or a hold at this time");
	}

	static Problem unavailable(ResourceChoice.Result.Unmet unmet) {
		return unmet.patientIsBusy() ? patientBusy() : slotUnavailable();
	}

	static Problem heldUntil(Instant until, boolean patientIsBusy) {
		return new Problem(patientIsBusy ? Problem.Code.PATIENT_BUSY : Problem.Code.SLOT_UNAVAILABLE,
				patientIsBusy ? "You already hold an overlapping slot until " + until
						: "The slot is held by someone else until " + until,
				Optional.empty(), Optional.of(until));
	}

	static Problem externalCalendarConflict() {
		return Problem.of(Problem.Code.EXTERNAL_CALENDAR_CONFLICT,
				"The practitioner's calendar is busy at this time (buffer included)");
	}

	static Problem holdsUnavailable() {
		return Problem.of(Problem.Code.HOLDS_UNAVAILABLE,
				"Holds are temporarily unavailable; booking directly still works");
	}

}
