package io.slotwise.scheduling.domain.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.group.GroupBookingId;

/**
 * A confirmed group: which appointments belong together, and how it was booked, kept so a
 * retried confirmation finds it instead of booking again.
 *
 * @param bookedBy who confirmed it
 * @param members the members' appointments, in member order
 */
public record GroupBooking(GroupBookingId id, HoldId hold, UUID bookedBy, Optional<String> idempotencyKey,
		List<AppointmentId> members) {

	public GroupBooking {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(hold, "hold");
		Objects.requireNonNull(bookedBy, "bookedBy");
		members = List.copyOf(members);
	}

}
