package io.slotwise.scheduling.calendar;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * Who manages calendar connections: a practitioner their own, staff those of
 * practitioners at their locations, an administrator any.
 *
 * @param id the caller's identity (token subject; a practitioner's is their practitioner
 * id)
 * @param practitioner whether the caller signed in as a practitioner
 * @param staffLocations the locations a staff member works at
 */
public record CalendarCaller(UUID id, boolean admin, boolean practitioner, Set<LocationId> staffLocations) {

	public CalendarCaller {
		Objects.requireNonNull(id, "id");
		staffLocations = Set.copyOf(staffLocations);
	}

	public static CalendarCaller admin(UUID id) {
		return new CalendarCaller(id, true, false, Set.of());
	}

	public static CalendarCaller practitioner(PractitionerId practitioner) {
		return new CalendarCaller(practitioner.value(), false, true, Set.of());
	}

	/** Whether this is the practitioner themselves (or an administrator). */
	public boolean isOrActsAs(PractitionerId practitioner) {
		return this.admin || (this.practitioner && this.id.equals(practitioner.value()));
	}

}
