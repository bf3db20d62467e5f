package io.slotwise.scheduling.audit;

/** What was done to a patient's data. */
public enum AuditAction {

	/** Shown to someone. */
	READ,
	/** Created: a booking, a hold, a waitlist entry, an offer. */
	CREATE,
	/**
	 * Changed: a booking moved, a hold extended, an entry's preferences, an offer
	 * answered.
	 */
	UPDATE,
	/** Cancelled, released or left. */
	CANCEL,
	/** Ran out by itself: a hold or an offer. */
	EXPIRE

}
