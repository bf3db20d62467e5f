package io.slotwise.scheduling.domain;

/**
 * A booking with the same hold or the same idempotency key was committed already; the
 * caller should return that one instead.
 */
public class AlreadyBooked extends RuntimeException {

	public AlreadyBooked(String message, Throwable cause) {
		super(message, cause);
	}

}
