package io.slotwise.waitlist;

/**
 * Closes offers whose window ran out and moves each slot on to its next candidates, or
 * back to the public. Runs on a schedule; safe to call from several instances at once.
 */
public interface ExpireOffers {

	/**
	 * @return how many slots moved on
	 */
	int expireDue();

}
