package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.DaySchedule;
import io.slotwise.scheduling.DaySchedule.Column;
import io.slotwise.scheduling.DaySchedule.Entry;
import io.slotwise.scheduling.DaySchedule.Kind;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewDaySchedule;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.scheduling.calendar.application.ExternalBusy;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a day schedule from one load per kind of fact, whatever the number of
 * practitioners and appointments: the columns' catalog entries, their working hours,
 * their appointments, their live holds (one Redis call) and their external busy time. Not
 * read-only: showing the appointments appends PHI reads to the audit trail.
 */
@Service
@Transactional
class DayScheduleDesk implements ViewDaySchedule {

	private static final Logger log = LoggerFactory.getLogger(DayScheduleDesk.class);

	private final Columns columns;

	private final SchedulingCatalog catalog;

	private final Appointments appointments;

	private final SlotHolds holds;

	private final ExternalBusy externalBusy;

	private final AuditTrail audit;

	private final Clock clock;

	DayScheduleDesk(FindPractitioners practitioners, BrowseLocations locations, SchedulingCatalog catalog,
			Appointments appointments, SlotHolds holds, ExternalBusy externalBusy, AuditTrail audit, Clock clock) {
		this.columns = new Columns(practitioners, locations);
		this.catalog = catalog;
		this.appointments = appointments;
		this.holds = holds;
		this.externalBusy = externalBusy;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Outcome<DaySchedule> daySchedule(Requester requester, Optional<PractitionerId> practitioner,
			Optional<LocationId> location, LocalDate date) {
		if (requester.standing() == Requester.Standing.PATIENT) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "Day schedules are for staff and administrators");
		}
		if (practitioner.isEmpty() && location.isEmpty()) {
			return Outcome.refused(Problem.inField("locationId", Problem.Code.VALIDATION_FAILED,
					"Name a practitioner, a location or both"));
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		if (Math.abs(ChronoUnit.DAYS.between(today, date)) > MAX_DAYS_AWAY) {
			return Outcome.refused(Problem.inField("date", Problem.Code.VALIDATION_FAILED,
					"A day schedule is at most " + MAX_DAYS_AWAY + " days from today"));
		}
		return switch (this.columns.of(requester, practitioner, location)) {
			case Outcome.Refused<Columns.Chosen>(Problem problem) -> Outcome.refused(problem);
			case Outcome.Done<Columns.Chosen>(Columns.Chosen chosen) -> Outcome.done(schedule(chosen, date));
		};
	}

	private DaySchedule schedule(Columns.Chosen chosen, LocalDate date) {
		Map<LocationId, TimeRange> days = new HashMap<>();
		chosen.locations().forEach((id, where) -> days.put(id, day(date, where.timeZone())));
		TimeRange span = new TimeRange(
				days.values().stream().map(TimeRange::start).min(Comparator.naturalOrder()).get(),
				days.values().stream().map(TimeRange::end).max(Comparator.naturalOrder()).get());
		List<UUID> practitionerIds = chosen.pairs()
			.stream()
			.map((pair) -> pair.practitioner().value())
			.distinct()
			.toList();
		Map<PractitionerAt, List<WorkingWindow>> working = this.catalog.workingWindows(chosen.pairs(), date, date);
		List<AppointmentDetails> booked = this.appointments
			.bookedDuring(chosen.pairs().stream().map(PractitionerAt::practitioner).distinct().toList(),
					chosen.locations().keySet(), span)
			.stream()
			.map(Appointment::details)
			.toList();
		Map<UUID, List<TimeRange>> held = held(practitionerIds);
		Map<UUID, List<TimeRange>> busy = this.externalBusy.blocked(practitionerIds, span);
		List<Column> columns = new ArrayList<>();
		for (PractitionerAt pair : chosen.pairs()) {
			TimeRange day = days.get(pair.location());
			UUID who = pair.practitioner().value();
			List<Entry> entries = new ArrayList<>();
			booked.stream()
				.filter((appointment) -> appointment.practitioner().equals(pair.practitioner())
						&& appointment.location().equals(pair.location()))
				.forEach((appointment) -> entries.add(
						new Entry(Kind.APPOINTMENT, appointment.start(), appointment.end(), Optional.of(appointment))));
			within(day, held.getOrDefault(who, List.of())).forEach((range) -> entries.add(entry(Kind.HOLD, range)));
			within(day, busy.getOrDefault(who, List.of()))
				.forEach((range) -> entries.add(entry(Kind.EXTERNAL_CALENDAR, range)));
			outside(day, working.getOrDefault(pair, List.of()))
				.forEach((range) -> entries.add(entry(Kind.OUTSIDE_WORKING_HOURS, range)));
			entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::kind));
			columns.add(new Column(pair.practitioner(), pair.location(),
					chosen.locations().get(pair.location()).timeZone(), day.start(), day.end(), entries));
		}
		// Staff saw these patients' appointments: a PHI read each, in one statement.
		this.audit.recordAll(booked.stream()
			.map((appointment) -> PhiAccess.read(appointment.patient(), "day-schedule", appointment.id().value()))
			.toList());
		return new DaySchedule(date, columns, chosen.truncated());
	}

	/** A schedule without holds beats no schedule: the bookings are the truth. */
	private Map<UUID, List<TimeRange>> held(List<UUID> practitioners) {
		try {
			return this.holds.held(practitioners, this.clock.instant());
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; day schedule without holds: {}", ex.getMessage());
			return Map.of();
		}
	}

	private static TimeRange day(LocalDate date, ZoneId zone) {
		return new TimeRange(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	private static Entry entry(Kind kind, TimeRange range) {
		return new Entry(kind, range.start(), range.end(), Optional.empty());
	}

	private static List<TimeRange> within(TimeRange day, List<TimeRange> ranges) {
		return ranges.stream().filter(day::overlaps).toList();
	}

	/** The day minus the working windows (sorted, non-overlapping). */
	private static List<TimeRange> outside(TimeRange day, List<WorkingWindow> windows) {
		List<TimeRange> gaps = new ArrayList<>();
		Instant from = day.start();
		for (WorkingWindow window : windows) {
			Instant until = min(window.start(), day.end());
			if (from.isBefore(until)) {
				gaps.add(new TimeRange(from, until));
			}
			from = max(from, window.end());
		}
		if (from.isBefore(day.end())) {
			gaps.add(new TimeRange(from, day.end()));
		}
		return gaps;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
