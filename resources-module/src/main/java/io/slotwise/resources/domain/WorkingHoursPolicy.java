package io.slotwise.resources.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.WorkingHours;

/**
 * Decides whether a practitioner's hours at a location may be replaced: they work there,
 * the location is open for every weekly rule, and no rule overlaps their rules at another
 * location in the same zone (one person, one place at a time).
 *
 * @param practitioner the practitioner the hours are for, if they exist
 * @param location the location the hours are at, if it exists
 * @param theirHours the practitioner's hours at each of their locations
 * @param zones the zone of each location in {@code theirHours}
 */
public record WorkingHoursPolicy(Optional<Practitioner> practitioner, Optional<LocationDetails> location,
		List<WorkingHours> theirHours, Map<LocationId, ZoneId> zones) {

	public WorkingHoursPolicy {
		theirHours = List.copyOf(theirHours);
		zones = Map.copyOf(zones);
	}

	public Decision<WorkingHours> replace(WorkingHours hours) {
		if (this.practitioner.isEmpty()) {
			return Decision.refused(Code.NOT_FOUND, "practitionerId",
					"no practitioner " + hours.practitioner().value());
		}
		if (this.location.isEmpty()) {
			return Decision.refused(Code.NOT_FOUND, "locationId", "no location " + hours.location().value());
		}
		Practitioner who = this.practitioner.get();
		LocationDetails where = this.location.get();
		if (!who.locations().contains(where.id())) {
			return Decision.refused(Code.NOT_AT_LOCATION, "locationId",
					who.name() + " does not work at " + where.name());
		}
		Optional<WorkingHours.Weekly> closed = hours.weekly()
			.stream()
			.filter((rule) -> !where.isOpen(rule.day(), rule.start(), rule.end()))
			.findFirst();
		if (closed.isPresent()) {
			return Decision.refused(Code.OUTSIDE_OPENING_HOURS, "weekly", where.name() + " is not open on "
					+ closed.get().day() + " " + closed.get().start() + "-" + closed.get().end());
		}
		// Hours in another zone cannot be compared wall clock to wall clock.
		List<WorkingHours> sameZone = this.theirHours.stream()
			.filter((other) -> where.timeZone().equals(this.zones.get(other.location())))
			.toList();
		return WorkingSchedule.clash(hours, sameZone)
			.<Decision<WorkingHours>>map((rule) -> Decision.refused(Code.OVERLAPPING_HOURS, "weekly",
					who.name() + " already works elsewhere on " + rule.day() + " " + rule.start() + "-" + rule.end()))
			.orElseGet(() -> Decision.accepted(hours, new WorkingHoursChanged(hours.practitioner(), hours.location())));
	}

}
