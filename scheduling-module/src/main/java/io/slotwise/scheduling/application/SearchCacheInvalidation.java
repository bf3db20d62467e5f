package io.slotwise.scheduling.application;

import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.calendar.CalendarEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bumps cache versions when availability changes. Synchronous, after commit, on the
 * thread that made the change: by the time a booking's response reaches the patient the
 * version has moved, so a search issued afterwards cannot read the stale day (an
 * asynchronous listener would leave a window). Events published outside a transaction
 * bump at once. Holds bump nothing: cached days leave them out and search subtracts the
 * live ones when it reads (docs/adr/0025). Rooms, equipment, locations and visit types
 * affect many practitioners, so they bump the catalog-wide version. See
 * {@link AfterCommit} for why this is not a transactional event listener.
 */
@Component
class SearchCacheInvalidation {

	private static final Logger log = LoggerFactory.getLogger(SearchCacheInvalidation.class);

	private final SlotCache cache;

	SearchCacheInvalidation(SlotCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(BookingEvent event) {
		invalidate(event.practitioner());
	}

	@EventListener
	void on(CalendarEvent event) {
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
		AfterCommit.run(() -> bump(practitioner));
	}

	private void invalidateAll() {
		AfterCommit.run(this::bumpAll);
	}

	private void bump(PractitionerId practitioner) {
		try {
			this.cache.invalidate(practitioner);
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			// Redis is down: readers cannot reach the stale entries either. ADR 0005
			// describes the blip case.
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
