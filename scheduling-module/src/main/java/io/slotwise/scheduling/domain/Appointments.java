package io.slotwise.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;

/**
 * All appointments and the reservations that guard them. The reservations are the
 * database's proof that no resource is sold twice: one row per reserved resource, which
 * an exclusion constraint keeps from overlapping, and which only a booked appointment may
 * have.
 */
public interface Appointments {

	List<Appointment> ofPatient(PatientId patient, int offset, int limit);

	/** Appointments of any of these patients (a guardian and their dependents). */
	List<Appointment> ofPatients(Collection<PatientId> patients, int offset, int limit);

	/** How many appointments these patients have (the size of {@link #ofPatients}). */
	int countOfPatients(Collection<PatientId> patients);

	/**
	 * Booked appointments of these practitioners at these locations overlapping the time,
	 * by start: one query for a whole day schedule.
	 */
	List<Appointment> bookedDuring(Collection<PractitionerId> practitioners, Collection<LocationId> locations,
			TimeRange time);

	Optional<Appointment> byId(AppointmentId id);

	/** The appointments among these ids that exist, in one query. */
	List<Appointment> byIds(Collection<AppointmentId> ids);

	/**
	 * The appointment, locked until the current transaction ends: changes to one
	 * appointment happen one at a time.
	 */
	Optional<Appointment> lockedById(AppointmentId id);

	Optional<Appointment> byHold(HoldId hold);

	/** The booking {@code bookedBy} made for the patient with this key, if any. */
	Optional<Appointment> byIdempotencyKey(UUID bookedBy, PatientId patient, String key);

	/**
	 * Who is busy, for choosing the resources of a booking in the current transaction.
	 * @param moving the appointment being moved, whose own reservations do not count
	 */
	Occupancy occupancy(Optional<AppointmentId> moving);

	/**
	 * Writes a new appointment and one reservation per resource.
	 * @throws SlotTaken if a resource is reserved for an overlapping time
	 * @throws AlreadyBooked if the hold or idempotency key was booked already
	 * @throws BookingContention on a serialization failure or deadlock
	 */
	void add(Appointment appointment, List<Resource> reserved);

	/**
	 * Stores the appointment's decided state: its time and status, and exactly these
	 * reservations (none once cancelled). Throws like {@link #add}.
	 */
	void save(Appointment appointment, List<Resource> reserved);

	/** The resources reserved during {@code time}, by resource id. */
	Map<UUID, List<TimeRange>> reservations(Collection<UUID> resources, TimeRange time);

}
