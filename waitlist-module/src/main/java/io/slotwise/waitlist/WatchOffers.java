package io.slotwise.waitlist;

import io.slotwise.scheduling.PatientId;
import reactor.core.publisher.Flux;

/**
 * The in-app channel: a patient's offer notices as they are delivered on this instance.
 */
public interface WatchOffers {

	Flux<OfferNotice> notices(PatientId patient);

}
