package io.slotwise.scheduling.application;

import io.slotwise.resources.EquipmentChanged;
import io.slotwise.resources.LocationChanged;
import io.slotwise.resources.PractitionerChanged;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.RoomChanged;
import io.slotwise.resources.VisitTypeChanged;
import io.slotwise.resources.WorkingHoursChanged;
import io.slotwise.scheduling.BookingCancelled;
import io.slotwise.scheduling.BookingConfirmed;
import io.slotwise.scheduling.BookingRescheduled;
import io.slotwise.scheduling.HoldExpired;
import io.slotwise.scheduling.HoldPlaced;
import io.slotwise.scheduling.HoldReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Bumps cache versions when availability changes. Synchronous, after commit, on the
 * thread that made the change: by the time a booking's response reaches the patient the
 * version has moved, so a search issued afterwards cannot read the stale day (an
 * asynchronous listener would leave a window). {@code fallbackExecution} covers events
 * published outside a transaction (holds live in Redis). Rooms, equipment, locations and
 * visit types affect many practitioners, so they bump the catalog-wide version.
 */
@Component
class SearchCacheInvalidation {

	private static final Logger log = LoggerFactory.getLogger(SearchCacheInvalidation.class);

	private final SlotCache cache;

	SearchCacheInvalidation(SlotCache cache) {
		this.cache = cache;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingConfirmed event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingCancelled event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingRescheduled event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldPlaced event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldReleased event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldExpired event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(WorkingHoursChanged event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PractitionerChanged event) {
		invalidate(event.practitioner());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(RoomChanged event) {
		invalidateAll();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(EquipmentChanged event) {
		invalidateAll();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(VisitTypeChanged event) {
		invalidateAll();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(LocationChanged event) {
		invalidateAll();
	}

	private void invalidate(PractitionerId practitioner) {
		try {
			this.cache.invalidate(practitioner);
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			// Redis is down: readers cannot reach the stale entries either. See ADR 0002
			// for
			// the blip case.
			log.error("Could not invalidate cached availability of {}: {}", practitioner, ex.getMessage());
		}
	}

	private void invalidateAll() {
		try {
			this.cache.invalidateAll();
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.error("Could not invalidate cached availability: {}", ex.getMessage());
		}
	}

}
