package io.slotwise.scheduling;

import java.util.UUID;

/**
 * How often a user's holds become bookings, compared with everybody's: a user who holds
 * slot after slot and books almost none is hoarding, and the platform slows them down.
 */
public interface HoldConversion {

	/**
	 * Whether the user placed enough holds to judge and converts far fewer of them than
	 * the norm.
	 */
	boolean belowNorm(UUID user);

}
