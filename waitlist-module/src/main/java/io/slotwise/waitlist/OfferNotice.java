package io.slotwise.waitlist;

import java.time.Instant;

import io.slotwise.scheduling.PatientId;

/**
 * What a patient is told about an offer, on every channel alike.
 *
 * @param kind what happened
 * @param subject a one-line summary
 * @param text the message, with the real deadline and number of others offered
 */
public record OfferNotice(OfferId offer, PatientId patient, Kind kind, Instant start, Instant deadline,
		int othersOffered, String subject, String text) {

	/** Which notice. */
	public enum Kind {

		OFFERED, WITHDRAWN, BOOKED

	}

}
