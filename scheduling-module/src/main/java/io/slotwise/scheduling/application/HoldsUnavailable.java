package io.slotwise.scheduling.application;

/**
 * The hold store did not answer in time. Hold operations fail fast with
 * HOLDS_UNAVAILABLE; bookings carry on, guarded by the database alone.
 */
public class HoldsUnavailable extends RuntimeException {

	public HoldsUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
