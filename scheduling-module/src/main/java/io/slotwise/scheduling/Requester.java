package io.slotwise.scheduling;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;

/**
 * Who asks, as far as scheduling's rules care: a patient acts on their own bookings,
 * staff on bookings at their locations, an administrator on all.
 *
 * @param id the caller's identity (token subject)
 * @param standing the highest role that matters here
 * @param locations the locations a staff member works at
 * @param wards the dependents a patient manages (issue 11): a guardian acts for them as
 * for themselves
 */
public record Requester(UUID id, Standing standing, Set<LocationId> locations, Set<PatientId> wards) {

	public Requester {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(standing, "standing");
		locations = Set.copyOf(locations);
		wards = Set.copyOf(wards);
	}

	/** A caller with no dependents. */
	public Requester(UUID id, Standing standing, Set<LocationId> locations) {
		this(id, standing, locations, Set.of());
	}

	/** The same caller, acting also for these dependents. */
	public Requester withWards(Set<PatientId> dependents) {
		return new Requester(this.id, this.standing, this.locations, dependents);
	}

	public static Requester patient(PatientId patient) {
		return new Requester(patient.value(), Standing.PATIENT, Set.of());
	}

	/** Whether this caller may book, cancel or move a booking of the patient there. */
	public boolean mayActFor(PatientId patient, LocationId location) {
		return switch (this.standing) {
			case ADMIN -> true;
			case STAFF -> this.locations.contains(location);
			case PATIENT -> this.id.equals(patient.value()) || this.wards.contains(patient);
		};
	}

	/** The roles scheduling distinguishes. */
	public enum Standing {

		PATIENT, STAFF, ADMIN

	}

}
