package io.slotwise.waitlist;

/**
 * How an offer reaches a patient.
 */
public enum Channel {

	/** The {@code waitlistOffers} subscription. */
	IN_APP,
	/** An e-mail to the entry's address. */
	EMAIL,
	/**
	 * A signed call to each subscribed endpoint (for instance the practice's SMS
	 * gateway).
	 */
	WEBHOOK

}
