package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.DaySchedule;
import io.slotwise.scheduling.DaySchedule.Kind;
import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewDaySchedule;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Staff's day schedule. Its practitioners, locations and patient names are loaded for all
 * columns at once, so a location's day costs the same number of statements with 2
 * practitioners as with 50.
 */
@Controller
class DayScheduleQueries {

	private final ViewDaySchedule schedules;

	private final CatalogLinks catalog;

	private final ManageDependents dependents;

	DayScheduleQueries(ViewDaySchedule schedules, CatalogLinks catalog, ManageDependents dependents) {
		this.schedules = schedules;
		this.catalog = catalog;
		this.dependents = dependents;
	}

	/** Patients are refused by the use case too; this keeps them out before any work. */
	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	ScheduleView daySchedule(@Argument LocalDate date, @Argument @Nullable LocationId locationId,
			@Argument @Nullable PractitionerId practitionerId, Requester caller) {
		return switch (this.schedules.daySchedule(caller, Optional.ofNullable(practitionerId),
				Optional.ofNullable(locationId), date)) {
			case Outcome.Done<DaySchedule>(DaySchedule schedule) -> ScheduleView.of(schedule);
			case Outcome.Refused<DaySchedule>(Problem problem) -> throw UserErrors.raised(problem);
		};
	}

	@BatchMapping(typeName = "ScheduleColumn", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<ColumnView, Practitioner> columnPractitioner(List<ColumnView> columns) {
		return this.catalog.practitioners(columns, ColumnView::practitionerId);
	}

	@BatchMapping(typeName = "ScheduleColumn", field = "location")
	@PreAuthorize("permitAll()")
	Map<ColumnView, LocationDetails> columnLocation(List<ColumnView> columns) {
		return this.catalog.locations(columns, ColumnView::locationId);
	}

	/**
	 * Only dependents have a name here: an account holder is a token subject whose name
	 * the identity provider keeps, so theirs is null.
	 */
	@BatchMapping(typeName = "ScheduleEntry", field = "patientName")
	@PreAuthorize("permitAll()")
	Map<EntryView, String> patientName(List<EntryView> entries) {
		Map<PatientId, DependentDetails> named = this.dependents.byIds(entries.stream()
			.map(EntryView::appointment)
			.filter(Objects::nonNull)
			.map(AppointmentDetails::patient)
			.distinct()
			.toList());
		return entries.stream()
			.filter((entry) -> entry.appointment() != null && named.containsKey(entry.appointment().patient()))
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(entry) -> named.get(Objects.requireNonNull(entry.appointment()).patient()).name()));
	}

	record ScheduleView(LocalDate date, List<ColumnView> columns, boolean truncated) {

		static ScheduleView of(DaySchedule schedule) {
			return new ScheduleView(schedule.date(), schedule.columns().stream().map(ColumnView::of).toList(),
					schedule.truncated());
		}

	}

	record ColumnView(PractitionerId practitionerId, LocationId locationId, String timeZone, Instant dayStart,
			Instant dayEnd, List<EntryView> entries) {

		static ColumnView of(DaySchedule.Column column) {
			return new ColumnView(column.practitioner(), column.location(), column.zone().getId(), column.start(),
					column.end(), column.entries().stream().map((entry) -> EntryView.of(entry, column)).toList());
		}

		/** The booked appointments alone, by start. */
		public List<AppointmentDetails> appointments() {
			return this.entries.stream().map(EntryView::appointment).filter(Objects::nonNull).toList();
		}

	}

	/**
	 * @param localStart wall-clock start at the location, clipped to the day
	 * @param localEnd wall-clock end, clipped to the day (00:00 at the day's end)
	 */
	record EntryView(Kind kind, Instant start, Instant end, LocalTime localStart, LocalTime localEnd,
			@Nullable AppointmentDetails appointment) {

		static EntryView of(DaySchedule.Entry entry, DaySchedule.Column column) {
			ZoneId zone = column.zone();
			Instant from = entry.start().isBefore(column.start()) ? column.start() : entry.start();
			Instant to = entry.end().isAfter(column.end()) ? column.end() : entry.end();
			return new EntryView(entry.kind(), entry.start(), entry.end(), LocalTime.ofInstant(from, zone),
					LocalTime.ofInstant(to, zone), entry.appointment().orElse(null));
		}

	}

}
