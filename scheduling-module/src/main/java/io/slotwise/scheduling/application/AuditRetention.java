package io.slotwise.scheduling.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops audit entries older than the configured retention. Every instance runs it; the
 * store lets one instance at a time delete (an advisory lock), so passes never overlap.
 */
@Component
class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final AuditRecords records;

	private final AuditSettings settings;

	private final Clock clock;

	AuditRetention(AuditRecords records, AuditSettings settings, Clock clock) {
		this.records = records;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${slotwise.audit.retention-interval:PT1H}")
	int dropExpired() {
		int dropped = this.records.deleteBefore(this.clock.instant().minus(this.settings.retention()),
				this.settings.retentionBatch());
		if (dropped > 0) {
			log.info("Dropped {} audit entries older than the retention of {}", dropped, this.settings.retention());
		}
		return dropped;
	}

}
