package io.slotwise.resources;

import java.util.Objects;
import java.util.UUID;

/**
 * Something a booking reserves for its whole duration: the practitioner, a room, or one
 * unit of a piece of equipment. Scheduling writes one reservation row per bookable
 * resource.
 *
 * @param id its identity (a practitioner id, room id or equipment unit id)
 */
public record BookableResource(Kind kind, UUID id) {

	public BookableResource {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	/** The three kinds of thing a booking can reserve. */
	public enum Kind {

		PRACTITIONER, ROOM, EQUIPMENT

	}

}
