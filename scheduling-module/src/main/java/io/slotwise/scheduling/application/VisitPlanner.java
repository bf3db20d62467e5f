package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.Location;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.SchedulingCatalog.Bookable;
import io.slotwise.resources.SchedulingCatalog.Plannable;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.calendar.application.ExternalBusy;
import io.slotwise.scheduling.domain.Availability;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.SlotGrid;
import io.slotwise.scheduling.domain.TimeRange;

import org.springframework.stereotype.Component;

/**
 * Checks a slot request against the catalog (the practitioner offers the visit there, the
 * slot is on the grid, inside working hours and inside the bookable period) and lists the
 * candidate resources for each requirement.
 */
@Component
class VisitPlanner {

	private final SchedulingCatalog catalog;

	private final SchedulingSettings settings;

	private final ExternalBusy externalBusy;

	private final Clock clock;

	VisitPlanner(SchedulingCatalog catalog, SchedulingSettings settings, ExternalBusy externalBusy, Clock clock) {
		this.catalog = catalog;
		this.settings = settings;
		this.externalBusy = externalBusy;
		this.clock = clock;
	}

	/**
	 * The plan of a visit for a patient, who is one of its requirements. The catalog's
	 * facts come in one call that the catalog answers from memory while its version
	 * stands (ADR 0026); only a refusal asks which fact is missing.
	 */
	Outcome<VisitPlan> plan(PatientId patient, SlotRequest request) {
		Optional<Plannable> plannable = this.catalog.plannable(request.visitType(),
				new PractitionerAt(request.practitioner(), request.location()), request.start());
		if (plannable.isEmpty()) {
			return Outcome.refused(whyNotPlannable(request));
		}
		VisitRequirements requirements = plannable.get().requirements();
		Bookable facts = plannable.get().bookable();
		TimeRange range = TimeRange.of(request.start(), requirements.duration());
		List<TimeRange> windows = facts.windows()
			.stream()
			.map((window) -> new TimeRange(window.start(), window.end()))
			.toList();
		if (!availability(facts.location(), requirements).offers(range, windows, bookablePeriod())) {
			return Outcome.refused(Problem.inField("start", Problem.Code.VALIDATION_FAILED,
					"The slot is off the grid, outside working hours or outside the bookable period"));
		}
		if (this.externalBusy.conflicts(request.practitioner().value(), range)) {
			// Issue 10: holds, direct bookings and reschedules all plan here.
			return Outcome.refused(Problem.Code.EXTERNAL_CALENDAR_CONFLICT,
					"The practitioner's calendar is busy at this time (buffer included)");
		}
		List<Requirement> needs = new ArrayList<>();
		needs.add(Requirement.exactly(Resource.patient(patient)));
		needs.add(Requirement.exactly(practitioner(request)));
		requirements.roomCapability().ifPresent((capability) -> needs.add(pool(facts.rooms())));
		requirements.equipmentTypes().forEach((type) -> needs.add(pool(facts.units().getOrDefault(type, List.of()))));
		return Outcome.done(new VisitPlan(request, range, needs));
	}

	private Problem whyNotPlannable(SlotRequest request) {
		if (this.catalog.location(request.location()).isEmpty()) {
			return Problem.inField("locationId", Problem.Code.NOT_FOUND, "No such location");
		}
		if (this.catalog.visitRequirements(request.visitType()).isEmpty()) {
			return Problem.inField("visitTypeId", Problem.Code.NOT_FOUND, "No such visit type");
		}
		if (!this.catalog.worksAt(request.practitioner(), request.location())) {
			return Problem.inField("practitionerId", Problem.Code.NOT_FOUND, "No such practitioner at this location");
		}
		return Problem.inField("visitTypeId", Problem.Code.VALIDATION_FAILED,
				"The practitioner does not offer this visit type at this location");
	}

	Availability availability(Location location, VisitRequirements requirements) {
		return new Availability(new SlotGrid(this.settings.slotGrid(), location.timeZone()), requirements.duration());
	}

	/** From the minimum notice to the booking horizon, measured from now. */
	TimeRange bookablePeriod() {
		Instant now = this.clock.instant();
		return new TimeRange(now.plus(this.settings.minimumNotice()), now.plus(this.settings.bookingHorizon()));
	}

	List<TimeRange> workingWindows(SlotRequest request, LocalDate from, LocalDate to) {
		return this.catalog.workingWindows(request.practitioner(), request.location(), from, to)
			.stream()
			.map((window) -> new TimeRange(window.start(), window.end()))
			.toList();
	}

	/**
	 * What the practice must provide: the practitioner first, then a room with the
	 * capability (best fit first, as the catalog orders them), then a unit of each
	 * equipment type.
	 */
	List<Requirement> candidates(SlotRequest request, VisitRequirements requirements) {
		List<Requirement> needs = new ArrayList<>();
		needs.add(Requirement.exactly(practitioner(request)));
		requirements.roomCapability()
			.ifPresent((capability) -> needs.add(pool(this.catalog.roomsWith(request.location(), capability))));
		requirements.equipmentTypes()
			.forEach((type) -> needs.add(pool(this.catalog.equipmentUnits(request.location(), type))));
		return needs;
	}

	private static Resource practitioner(SlotRequest request) {
		return Resource.of(new BookableResource(BookableResource.Kind.PRACTITIONER, request.practitioner().value()));
	}

	private static Requirement pool(List<BookableResource> candidates) {
		return new Requirement(candidates.stream().map(Resource::of).toList());
	}

}
