package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.slotwise.resources.Location;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.calendar.application.ExternalBusy;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.ResourcePool;
import io.slotwise.scheduling.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots from working hours minus reservations (database), minus live holds (Redis),
 * minus external calendars' busy times (cached in the database). If the hold store is
 * down, slots are computed from the database alone: a slot held by someone may then be
 * shown, and its booking would be refused, never doubled.
 */
@Service
@Transactional(readOnly = true)
class SlotFinder implements FindAvailableSlots {

	private static final Logger log = LoggerFactory.getLogger(SlotFinder.class);

	private final VisitPlanner planner;

	private final SchedulingCatalog catalog;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final SchedulingSettings settings;

	private final ExternalBusy externalBusy;

	private final Clock clock;

	private final BookableDays bookable;

	SlotFinder(VisitPlanner planner, SchedulingCatalog catalog, Appointments appointments, SlotHolds holds,
			SchedulingSettings settings, ExternalBusy externalBusy, Clock clock, BookableDays bookable) {
		this.bookable = bookable;
		this.planner = planner;
		this.catalog = catalog;
		this.appointments = appointments;
		this.holds = holds;
		this.settings = settings;
		this.externalBusy = externalBusy;
		this.clock = clock;
	}

	@Override
	public Outcome<List<Slot>> availableSlots(AvailabilityQuery query) {
		Optional<Problem> outside = this.bookable.refusalOf(query.from(), "from")
			.or(() -> this.bookable.refusalOf(query.to(), "to"));
		if (outside.isPresent()) {
			return Outcome.refused(outside.get());
		}
		if (query.from().isAfter(query.to())) {
			return Outcome.refused(Problem.inField("to", Problem.Code.VALIDATION_FAILED,
					"The date range must not end before it starts"));
		}
		if (ChronoUnit.DAYS.between(query.from(), query.to()) >= this.settings.maxQueryDays()) {
			return Outcome.refused(Problem.inField("to", Problem.Code.VALIDATION_FAILED,
					"Ask for at most " + this.settings.maxQueryDays() + " days at a time"));
		}
		Optional<Location> location = this.catalog.location(query.location());
		Optional<VisitRequirements> requirements = this.catalog.visitRequirements(query.visitType());
		if (location.isEmpty() || requirements.isEmpty()) {
			return Outcome.refused(Problem.Code.NOT_FOUND, "No such location or visit type");
		}
		if (!this.catalog.offers(query.practitioner(), query.location(), query.visitType())) {
			return Outcome.done(List.of());
		}
		SlotRequest probe = new SlotRequest(query.practitioner(), query.location(), query.visitType(),
				this.clock.instant());
		List<TimeRange> windows = this.planner.workingWindows(probe, query.from(), query.to());
		if (windows.isEmpty()) {
			return Outcome.done(List.of());
		}
		TimeRange span = new TimeRange(windows.getFirst().start(), windows.getLast().end());
		List<Requirement> needs = this.planner.candidates(probe, requirements.get());
		List<UUID> ids = needs.stream()
			.flatMap((need) -> need.candidates().stream())
			.map(Resource::id)
			.distinct()
			.toList();
		Map<UUID, List<TimeRange>> busy = busy(ids, span);
		// External calendars (issue 10): their busy times, buffers included, block the
		// practitioner like a booking does.
		this.externalBusy.blocked(List.of(query.practitioner().value()), span)
			.forEach((id, ranges) -> busy.merge(id, ranges, (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
		// The practitioner comes first; every other requirement is a pool of units.
		List<ResourcePool> pools = needs.stream().skip(1).map((need) -> pool(need, busy)).toList();
		List<TimeRange> free = this.planner.availability(location.get(), requirements.get())
			.freeSlots(windows, this.planner.bookablePeriod(),
					busy.getOrDefault(query.practitioner().value(), List.of()), pools);
		return Outcome.done(free.stream().map((range) -> new Slot(range.start(), range.end())).toList());
	}

	private Map<UUID, List<TimeRange>> busy(List<UUID> ids, TimeRange span) {
		Map<UUID, List<TimeRange>> busy = new HashMap<>(this.appointments.reservations(ids, span));
		try {
			this.holds.held(ids, this.clock.instant())
				.forEach((id, ranges) -> busy.merge(id, ranges,
						(a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; availability from bookings alone: {}", ex.getMessage());
		}
		return busy;
	}

	private static ResourcePool pool(Requirement need, Map<UUID, List<TimeRange>> busy) {
		Map<UUID, List<TimeRange>> units = new HashMap<>();
		need.candidates().forEach((unit) -> units.put(unit.id(), busy.getOrDefault(unit.id(), List.of())));
		return new ResourcePool(units);
	}

}
