package io.slotwise.scheduling.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.SchedulingCatalog.Bookable;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.calendar.application.ExternalBusy;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.ResourcePool;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots of many practitioners at once, set-based, from the database alone (what
 * {@link SlotFinder#availableIgnoringHolds} gives one at a time): per visit type one
 * catalog call for every pair's working windows, rooms and units (remembered by the
 * catalog per planning version, ADR 0031), then one reservations query and one
 * external-calendar query for every resource of every pair. A cold search of 200
 * candidates costs about a dozen statements instead of a dozen per candidate.
 */
@Component
class AvailabilitySweep {

	private final SchedulingCatalog catalog;

	private final VisitPlanner planner;

	private final Appointments appointments;

	private final ExternalBusy externalBusy;

	AvailabilitySweep(SchedulingCatalog catalog, VisitPlanner planner, Appointments appointments,
			ExternalBusy externalBusy) {
		this.catalog = catalog;
		this.planner = planner;
		this.appointments = appointments;
		this.externalBusy = externalBusy;
	}

	/**
	 * @param from first day of every pair (in its location's calendar)
	 * @param to last day, inclusive
	 * @return free slots per pair, sorted; pairs that do not offer the visit have none
	 */
	@Transactional(readOnly = true)
	Map<PractitionerAt, List<Slot>> free(VisitTypeId visitType, Collection<PractitionerAt> pairs, LocalDate from,
			LocalDate to) {
		Optional<SchedulingCatalog.BookableVisit> visit = this.catalog.bookableVisit(visitType, pairs, from, to);
		if (visit.isEmpty()) {
			return Map.of();
		}
		VisitRequirements requirements = visit.get().requirements();
		Map<PractitionerAt, Bookable> facts = visit.get().pairs();
		List<UUID> ids = new ArrayList<>();
		List<UUID> practitioners = new ArrayList<>();
		TimeRange span = null;
		for (Map.Entry<PractitionerAt, Bookable> entry : facts.entrySet()) {
			Bookable bookable = entry.getValue();
			if (bookable.windows().isEmpty()) {
				continue;
			}
			practitioners.add(entry.getKey().practitioner().value());
			ids.add(entry.getKey().practitioner().value());
			bookable.rooms().forEach((room) -> ids.add(room.id()));
			bookable.units().values().forEach((units) -> units.forEach((unit) -> ids.add(unit.id())));
			TimeRange windows = new TimeRange(bookable.windows().getFirst().start(),
					bookable.windows().getLast().end());
			span = (span == null) ? windows
					: new TimeRange(min(span.start(), windows.start()), max(span.end(), windows.end()));
		}
		Map<PractitionerAt, List<Slot>> answer = new HashMap<>();
		if (span == null) {
			return answer;
		}
		Map<UUID, List<TimeRange>> busy = new HashMap<>(
				this.appointments.reservations(ids.stream().distinct().toList(), span));
		this.externalBusy.blocked(practitioners, span)
			.forEach((id, ranges) -> busy.merge(id, ranges, (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
		TimeRange bookablePeriod = this.planner.bookablePeriod();
		facts.forEach((pair, bookable) -> {
			if (bookable.windows().isEmpty()) {
				return;
			}
			List<TimeRange> windows = bookable.windows()
				.stream()
				.map((window) -> new TimeRange(window.start(), window.end()))
				.toList();
			List<ResourcePool> pools = new ArrayList<>();
			requirements.roomCapability().ifPresent((capability) -> pools.add(pool(bookable.rooms(), busy)));
			requirements.equipmentTypes()
				.forEach((type) -> pools.add(pool(bookable.units().getOrDefault(type, List.of()), busy)));
			answer.put(pair, this.planner.availability(bookable.location(), requirements)
				.freeSlots(windows, bookablePeriod, busy.getOrDefault(pair.practitioner().value(), List.of()), pools)
				.stream()
				.map((range) -> new Slot(range.start(), range.end()))
				.toList());
		});
		return answer;
	}

	private static ResourcePool pool(List<BookableResource> units, Map<UUID, List<TimeRange>> busy) {
		Map<UUID, List<TimeRange>> pool = new HashMap<>();
		units.forEach((unit) -> pool.put(unit.id(), busy.getOrDefault(unit.id(), List.of())));
		return new ResourcePool(pool);
	}

	private static java.time.Instant min(java.time.Instant a, java.time.Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static java.time.Instant max(java.time.Instant a, java.time.Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
