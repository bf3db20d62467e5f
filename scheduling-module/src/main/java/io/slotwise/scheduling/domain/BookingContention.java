package io.slotwise.scheduling.domain;

/**
 * The database aborted a booking transaction because of a serialization failure or a
 * deadlock. Transient: the whole transaction may be retried.
 */
public class BookingContention extends RuntimeException {

	public BookingContention(String message, Throwable cause) {
		super(message, cause);
	}

}
