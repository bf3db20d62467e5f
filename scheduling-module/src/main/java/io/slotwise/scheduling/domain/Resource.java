package io.slotwise.scheduling.domain;

import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.PatientId;

/**
 * Something whose time a booking or hold takes: the catalog's practitioners, rooms and
 * equipment units, and the patient, who cannot be in two places at once either.
 *
 * @param id a practitioner, room, equipment unit or patient id
 */
public record Resource(Kind kind, UUID id) {

	public static Resource of(BookableResource resource) {
		return new Resource(Kind.valueOf(resource.kind().name()), resource.id());
	}

	public static Resource patient(PatientId patient) {
		return new Resource(Kind.PATIENT, patient.value());
	}

	/** What kind of thing is reserved. */
	public enum Kind {

		PATIENT, PRACTITIONER, ROOM, EQUIPMENT

	}

}
