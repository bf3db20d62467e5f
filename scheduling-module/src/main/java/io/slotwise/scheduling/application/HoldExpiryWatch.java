package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.slotwise.scheduling.domain.Hold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces expired holds ({@link io.slotwise.scheduling.HoldEvent.Expired}) so listeners
 * and subscribers can react. Not needed for correctness: a hold stops counting at its
 * expiry whether or not this runs. The store hands each expired hold to one instance
 * only.
 */
@Component
class HoldExpiryWatch {

	private static final Logger log = LoggerFactory.getLogger(HoldExpiryWatch.class);

	private static final int BATCH = 100;

	private final SlotHolds holds;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HoldExpiryWatch(SlotHolds holds, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.holds = holds;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${slotwise.scheduling.expiry-scan-interval:PT1S}")
	void announceExpiredHolds() {
		try {
			List<Hold> expired;
			do {
				Instant now = this.clock.instant();
				expired = this.holds.takeExpired(now, BATCH);
				List<Hold> batch = expired;
				this.transactions.executeWithoutResult((status) -> batch.forEach((hold) -> announce(hold, now)));
			}
			while (expired.size() == BATCH);
		}
		catch (HoldsUnavailable ex) {
			log.debug("Hold store unavailable; expiry notices wait: {}", ex.getMessage());
		}
	}

	private void announce(Hold hold, Instant now) {
		hold.expiry(now).ifPresent(this.events::publishEvent);
	}

}
