package io.slotwise.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits event publications that a module listener has not completed (it failed, or
 * the instance died while it ran). On a schedule rather than on restart: "republish on
 * restart" replays on every instance that starts, so N instances would deliver one event
 * N times. Here one instance at a time wins a PostgreSQL advisory lock for the round;
 * listeners are idempotent for the rare overlap with a publication still in flight, which
 * the age threshold keeps out.
 */
@Component
class PublicationResubmission {

	private static final Logger log = LoggerFactory.getLogger(PublicationResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Duration olderThan;

	PublicationResubmission(IncompleteEventPublications incomplete, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager,
			@Value("${slotwise.events.resubmit-older-than:PT1M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${slotwise.events.resubmit-interval:PT1M}",
			initialDelayString = "${slotwise.events.resubmit-interval:PT1M}")
	void resubmit() {
		this.transactions.executeWithoutResult((status) -> {
			Boolean mine = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('slotwise:resubmit'))",
					Boolean.class);
			if (Boolean.TRUE.equals(mine)) {
				log.debug("Resubmitting event publications incomplete for more than {}", this.olderThan);
				this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
			}
		});
	}

}
