package io.slotwise.scheduling.application;

import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.BookingCancelled;
import io.slotwise.scheduling.BookingConfirmed;
import io.slotwise.scheduling.BookingRescheduled;
import io.slotwise.scheduling.HoldExpired;
import io.slotwise.scheduling.HoldPlaced;
import io.slotwise.scheduling.HoldReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bumps cache versions when availability changes. Synchronous, after commit, on the
 * thread that made the change: by the time a booking's response reaches the patient the
 * version has moved, so a search issued afterwards cannot read the stale day (an
 * asynchronous listener would leave a window). Events published outside a transaction
 * (holds live in Redis) bump at once. Rooms, equipment, locations and visit types affect
 * many practitioners, so they bump the catalog-wide version.
 * <p>
 * A plain {@code @EventListener} registering an after-commit callback, not a
 * {@code @TransactionalEventListener}: Spring Modulith records every transactional
 * listener in its publication registry and completes that record with a second database
 * connection while the committing one is still held, which exhausted the pool under 100
 * parallel bookings.
 */
@Component
class SearchCacheInvalidation {

	private static final Logger log = LoggerFactory.getLogger(SearchCacheInvalidation.class);

	private final SlotCache cache;

	SearchCacheInvalidation(SlotCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(BookingConfirmed event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(BookingCancelled event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(BookingRescheduled event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(HoldPlaced event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(HoldReleased event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(HoldExpired event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(CatalogEvent event) {
		switch (event) {
			case CatalogEvent.WorkingHoursChanged changed -> invalidate(changed.practitioner());
			case CatalogEvent.PractitionerChanged changed -> invalidate(changed.practitioner());
			case CatalogEvent.RoomChanged changed -> invalidateAll();
			case CatalogEvent.EquipmentChanged changed -> invalidateAll();
			case CatalogEvent.VisitTypeChanged changed -> invalidateAll();
			case CatalogEvent.LocationChanged changed -> invalidateAll();
		}
	}

	private void invalidate(PractitionerId practitioner) {
		afterCommit(() -> bump(practitioner));
	}

	private void invalidateAll() {
		afterCommit(this::bumpAll);
	}

	private static void afterCommit(Runnable bump) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					bump.run();
				}
			});
		}
		else {
			bump.run();
		}
	}

	private void bump(PractitionerId practitioner) {
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

	private void bumpAll() {
		try {
			this.cache.invalidateAll();
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.error("Could not invalidate cached availability: {}", ex.getMessage());
		}
	}

}
