package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.domain.OfferCopy;
import io.slotwise.waitlist.domain.OfferRounds;
import io.slotwise.waitlist.domain.WaitlistEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells patients through every channel they chose plus every webhook subscriber. The
 * offer event arrives through the publication registry (at least once); the outbox row
 * per offer, channel and kind makes each notice go out once per channel; a failed
 * delivery is retried with exponential backoff.
 */
@Service
class Notifications implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private static final int BATCH = 50;

	private final OfferRounds rounds;

	private final WaitlistEntries entries;

	private final Deliveries deliveries;

	private final List<Notifier> notifiers;

	private final SchedulingCatalog catalog;

	private final WaitlistSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final DeliveryWake wake = new DeliveryWake(this::deliverDue);

	Notifications(OfferRounds rounds, WaitlistEntries entries, Deliveries deliveries, List<Notifier> notifiers,
			SchedulingCatalog catalog, WaitlistSettings settings, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.rounds = rounds;
		this.entries = entries;
		this.deliveries = deliveries;
		this.notifiers = notifiers;
		this.catalog = catalog;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OfferEvent event) {
		OfferNotice.Kind kind = switch (event) {
			case OfferEvent.Made made -> OfferNotice.Kind.OFFERED;
			case OfferEvent.Withdrawn withdrawn -> OfferNotice.Kind.WITHDRAWN;
			case OfferEvent.Accepted accepted -> OfferNotice.Kind.BOOKED;
			case OfferEvent.Declined declined -> null;
			case OfferEvent.Lapsed lapsed -> null;
		};
		Optional<OfferDetails> offer = this.rounds.offer(event.offer());
		if (kind == null || offer.isEmpty()) {
			return;
		}
		List<String> channels = new ArrayList<>();
		this.entries.find(offer.get().entry())
			.ifPresent((entry) -> entry.preferences().channels().forEach((channel) -> channels.add(channel.name())));
		this.settings.webhooks().forEach((hook) -> channels.add("WEBHOOK:" + hook.name()));
		this.deliveries.enqueue(event.offer(), channels, kind, this.clock.instant());
		if (this.settings.deliverOnCommit()) {
			this.wake.afterCommit();
		}
	}

	/**
	 * Sends what is due: right after each offer event commits, and on a schedule for
	 * retries and for deliveries an instance left behind when it died.
	 */
	@Scheduled(fixedDelayString = "${slotwise.waitlist.delivery-scan-interval:PT1S}")
	public void deliverDue() {
		this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			for (Deliveries.Pending pending : this.deliveries.claimDue(now, BATCH)) {
				deliver(pending, now);
			}
		});
	}

	private void deliver(Deliveries.Pending pending, Instant now) {
		Optional<OfferDetails> offer = this.rounds.offer(pending.offer());
		Optional<WaitlistEntry> entry = offer.flatMap((found) -> this.entries.find(found.entry()));
		Optional<Notifier> notifier = this.notifiers.stream()
			.filter((candidate) -> candidate.delivers(pending.channel()))
			.findFirst();
		if (offer.isEmpty() || entry.isEmpty() || notifier.isEmpty()) {
			log.warn("No notifier delivers {} of offer {} on {}", pending.kind(), pending.offer().value(),
					pending.channel());
			this.deliveries.failed(pending.id(), pending.attempts() + 1, now, true, "Nothing to deliver it with");
			return;
		}
		OfferNotice notice = OfferCopy.notice(offer.get(), pending.kind(),
				this.catalog.location(offer.get().location())
					.map((location) -> location.timeZone())
					.orElse(java.time.ZoneOffset.UTC),
				now);
		try {
			notifier.get().deliver(pending.channel(), notice, entry.get().preferences().email());
			this.deliveries.sent(pending.id(), now);
		}
		catch (Exception ex) {
			int attempts = pending.attempts() + 1;
			Duration backoff = this.settings.deliveryRetryBase().multipliedBy(1L << Math.min(attempts - 1, 10));
			boolean giveUp = attempts >= this.settings.deliveryAttempts();
			log.warn("Delivery {} of offer {} on {} failed (attempt {}{}): {}", pending.kind(), pending.offer().value(),
					pending.channel(), attempts, giveUp ? ", giving up" : "", ex.getMessage());
			this.deliveries.failed(pending.id(), attempts, now.plus(backoff), giveUp, String.valueOf(ex.getMessage()));
		}
	}

	@Override
	public void destroy() {
		this.wake.destroy();
	}

}
