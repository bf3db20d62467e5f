package io.slotwise.waitlist.application;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.WatchOffers;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * The in-app channel: notices go to the patient's open {@code waitlistOffers}
 * subscriptions on this instance. A patient with no subscription open reads
 * {@code myOffers} instead.
 */
@Component
class InAppOffers implements Notifier, WatchOffers {

	private final Sinks.Many<OfferNotice> notices = Sinks.many().multicast().directBestEffort();

	@Override
	public boolean delivers(String channel) {
		return "IN_APP".equals(channel);
	}

	@Override
	public void deliver(String channel, OfferNotice notice, @Nullable String email) {
		this.notices.emitNext(notice, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(100)));
	}

	@Override
	public Flux<OfferNotice> notices(PatientId patient) {
		return this.notices.asFlux().filter((notice) -> notice.patient().equals(patient));
	}

}
