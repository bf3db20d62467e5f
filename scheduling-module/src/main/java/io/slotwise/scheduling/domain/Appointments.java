package io.slotwise.scheduling.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;

/**
 * All appointments and the reservations that guard them.
 */
public interface Appointments {

	List<Appointment> ofPatient(PatientId patient, int offset, int limit);

	Optional<Appointment> byId(AppointmentId id);

	Optional<Appointment> byHold(HoldId hold);

	Optional<Appointment> byIdempotencyKey(PatientId patient, String key);

	/**
	 * Writes the appointment and its reservations.
	 * @throws SlotTaken if any resource is reserved for an overlapping time
	 * @throws AlreadyBooked if the hold or idempotency key was booked already
	 * @throws BookingContention on a serialization failure or deadlock
	 */
	void add(NewBooking booking);

	/** Marks the appointment cancelled and deletes its reservations. */
	void cancel(AppointmentId id, Instant at);

	/**
	 * Moves the appointment: deletes its reservations, writes the new ones and the new
	 * times. Throws like {@link #add}.
	 */
	void move(AppointmentId id, TimeRange to, List<BookableResource> resources);

	/** The resources reserved during {@code range}, by resource id. */
	Map<UUID, List<TimeRange>> reservations(Collection<UUID> resources, TimeRange range);

	/** The resources of an appointment's reservations. */
	List<BookableResource> reservedBy(AppointmentId id);

}
