package io.slotwise.scheduling.domain.group;

import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.group.GroupBookingId;

/**
 * Every confirmed group. The members' appointments are ordinary appointments, stored (and
 * guarded by their reservations) by {@link io.slotwise.scheduling.domain.Appointments}.
 */
public interface GroupBookings {

	Optional<GroupBooking> byId(GroupBookingId id);

	Optional<GroupBooking> byHold(HoldId hold);

	Optional<GroupBooking> byIdempotencyKey(UUID bookedBy, String key);

	/**
	 * Writes the group and ties its (already added) appointments to it.
	 * @throws io.slotwise.scheduling.domain.AlreadyBooked if the hold or key was booked
	 * already
	 */
	void add(GroupBooking group);

}
