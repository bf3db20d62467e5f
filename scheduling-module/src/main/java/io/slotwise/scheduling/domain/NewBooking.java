package io.slotwise.scheduling.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.HoldId;

/**
 * An appointment about to be written together with one reservation per resource.
 *
 * @param appointment the appointment
 * @param resources what it reserves, kept in ascending id order: every transaction
 * inserts reservations in this same global order, so two bookings can wait on each other
 * but never deadlock
 * @param hold the hold it comes from, if any
 * @param idempotencyKey the client's retry key, if any
 * @param bookedBy who booked it (the patient, or a staff member)
 */
public record NewBooking(Appointment appointment, List<BookableResource> resources, Optional<HoldId> hold,
		Optional<String> idempotencyKey, UUID bookedBy) {

	public NewBooking {
		Objects.requireNonNull(appointment, "appointment");
		Objects.requireNonNull(bookedBy, "bookedBy");
		if (resources.isEmpty()) {
			throw new IllegalArgumentException("A booking reserves at least its practitioner");
		}
		resources = inStableOrder(resources);
		hold = Objects.requireNonNullElse(hold, Optional.empty());
		idempotencyKey = Objects.requireNonNullElse(idempotencyKey, Optional.empty());
	}

	public static List<BookableResource> inStableOrder(List<BookableResource> resources) {
		return resources.stream().sorted(Comparator.comparing(BookableResource::id)).toList();
	}

}
