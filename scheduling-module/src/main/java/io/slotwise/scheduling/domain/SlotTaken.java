package io.slotwise.scheduling.domain;

/**
 * The database refused a reservation because the resource is already reserved for an
 * overlapping time. A real conflict: never retried.
 */
public class SlotTaken extends RuntimeException {

	public SlotTaken(String message, Throwable cause) {
		super(message, cause);
	}

}
