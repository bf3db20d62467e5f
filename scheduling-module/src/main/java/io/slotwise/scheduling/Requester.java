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
 */
public record Requester(UUID id, Standing standing, Set<LocationId> locations) {

	public Requester {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(standing, "standing");
		locations = Set.copyOf(locations);
	}

	public static Requester patient(PatientId patient) {
		return new Requester(patient.value(), Standing.PATIENT, Set.of());
	}

	/** Whether this caller may book, cancel or move a booking of the patient there. */
	public boolean mayActFor(PatientId patient, LocationId location) {
		return switch (this.standing) {
			case ADMIN -> true;
			case STAFF -> this.locations.contains(location);
			case PATIENT -> this.id.equals(patient.value());
		};
	}

	/** The roles scheduling distinguishes. */
	public enum Standing {

		PATIENT, STAFF, ADMIN

	}

}
