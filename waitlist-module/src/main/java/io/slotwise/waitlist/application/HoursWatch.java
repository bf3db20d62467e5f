package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Slot;
import io.slotwise.waitlist.domain.FreedSlot;
import io.slotwise.waitlist.domain.OpenedHours;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * New working hours are freed capacity too: the windows a change opened (worked now, not
 * before, within {@code hours-horizon}) are searched for bookable slots of the visit
 * types someone waits for there, earliest first, and each slot somebody suits opens a
 * round. Bounded: at most {@code max-rounds-per-hours-change} rounds, slots of one change
 * never overlap, and a patient offered one of them is passed over for the rest. The
 * windows seen are stored, so a replayed change opens nothing (its rounds are also keyed
 * by cause).
 */
@Service
class HoursWatch {

	private final SchedulingCatalog catalog;

	private final SeenWorkingHours seen;

	private final WaitlistEntries entries;

	private final FindAvailableSlots availability;

	private final Matchmaker matchmaker;

	private final WaitlistSettings settings;

	private final Clock clock;

	HoursWatch(SchedulingCatalog catalog, SeenWorkingHours seen, WaitlistEntries entries,
			FindAvailableSlots availability, Matchmaker matchmaker, WaitlistSettings settings, Clock clock) {
		this.catalog = catalog;
		this.seen = seen;
		this.entries = entries;
		this.availability = availability;
		this.matchmaker = matchmaker;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CatalogEvent event) {
		if (event instanceof CatalogEvent.WorkingHoursChanged(PractitionerId practitioner, LocationId location)) {
			this.catalog.location(location).ifPresent((found) -> changed(practitioner, found));
		}
	}

	private void changed(PractitionerId practitioner, Location location) {
		Instant now = this.clock.instant();
		LocalDate from = now.atZone(location.timeZone()).toLocalDate();
		LocalDate to = from.plus(this.settings.hoursHorizon());
		List<WorkingWindow> current = this.catalog.workingWindows(practitioner, location.id(), from, to);
		List<WorkingWindow> opened = OpenedHours
			.between(this.seen.swap(practitioner, location.id(), current, now), current)
			.stream()
			.filter((window) -> window.end().isAfter(now))
			.toList();
		if (opened.isEmpty()) {
			return;
		}
		List<FreedSlot> slots = new ArrayList<>();
		for (VisitTypeId visitType : this.entries.visitTypesWaitingFor(practitioner, location.id(), from, to)) {
			if (this.catalog.offers(practitioner, location.id(), visitType)) {
				bookable(new AvailabilityQuery(practitioner, location.id(), visitType, from, to)).stream()
					.filter((slot) -> slot.start().isAfter(now) && inside(slot, opened))
					.map((slot) -> new FreedSlot(practitioner, location.id(), visitType, slot.start(), slot.end(),
							location.timeZone()))
					.forEach(slots::add);
			}
		}
		slots.sort(Comparator.comparing(FreedSlot::start).thenComparing((slot) -> slot.visitType().value()));
		Set<PatientId> offered = new HashSet<>();
		Optional<Instant> busyUntil = Optional.empty();
		int rounds = 0;
		for (FreedSlot slot : slots) {
			if (rounds >= this.settings.maxRoundsPerHoursChange()) {
				break;
			}
			if (busyUntil.filter((until) -> slot.start().isBefore(until)).isPresent()) {
				continue;
			}
			List<PatientId> reached = this.matchmaker.freed("hours:" + practitioner.value() + ":"
					+ location.id().value() + ":" + slot.visitType().value() + ":" + slot.start(), slot, offered,
					false);
			if (!reached.isEmpty()) {
				offered.addAll(reached);
				busyUntil = Optional.of(slot.end());
				rounds++;
			}
		}
	}

	private List<Slot> bookable(AvailabilityQuery query) {
		return (this.availability.availableSlots(query) instanceof Outcome.Done<List<Slot>>(List<Slot> slots)) ? slots
				: List.of();
	}

	private static boolean inside(Slot slot, List<WorkingWindow> windows) {
		return windows.stream()
			.anyMatch((window) -> !slot.start().isBefore(window.start()) && !slot.end().isAfter(window.end()));
	}

}
