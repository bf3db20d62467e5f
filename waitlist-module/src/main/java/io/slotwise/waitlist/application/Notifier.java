package io.slotwise.waitlist.application;

import io.slotwise.waitlist.OfferNotice;
import org.jspecify.annotations.Nullable;

/**
 * One way of telling a patient about an offer. A delivery that throws is retried with
 * backoff from the outbox.
 */
public interface Notifier {

	/** The outbox channels this notifier delivers ("IN_APP", "EMAIL", "WEBHOOK:name"). */
	boolean delivers(String channel);

	void deliver(String channel, OfferNotice notice, @Nullable String email) throws Exception;

}
