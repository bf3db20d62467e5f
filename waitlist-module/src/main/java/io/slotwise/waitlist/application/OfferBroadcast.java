package io.slotwise.waitlist.application;

import io.slotwise.waitlist.OfferNotice;
import reactor.core.publisher.Flux;

/**
 * Carries in-app notices to every instance, so a patient's {@code waitlistOffers}
 * subscription receives the notice whichever instance delivered it.
 */
public interface OfferBroadcast {

	/**
	 * Hands the notice to every instance; throws when it cannot (the outbox retries).
	 */
	void publish(OfferNotice notice);

	/** Every notice published by any instance, from now on. */
	Flux<OfferNotice> received();

}
