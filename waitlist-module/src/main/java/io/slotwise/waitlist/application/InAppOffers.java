package io.slotwise.waitlist.application;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.WatchOffers;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * The in-app channel: a notice is broadcast to every instance and reaches the patient's
 * open {@code waitlistOffers} subscriptions wherever they are connected. A patient with
 * no subscription open reads {@code myOffers} instead.
 */
@Component
class InAppOffers implements Notifier, WatchOffers {

	private final OfferBroadcast broadcast;

	InAppOffers(OfferBroadcast broadcast) {
		this.broadcast = broadcast;
	}

	@Override
	public boolean delivers(String channel) {
		return "IN_APP".equals(channel);
	}

	@Override
	public void deliver(String channel, OfferNotice notice, @Nullable String email) {
		this.broadcast.publish(notice);
	}

	@Override
	public Flux<OfferNotice> notices(PatientId patient) {
		return this.broadcast.received().filter((notice) -> notice.patient().equals(patient));
	}

}
