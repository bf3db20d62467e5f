package io.slotwise.scheduling.group;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a confirmed group booking.
 */
public record GroupBookingId(UUID value) {

	public GroupBookingId {
		Objects.requireNonNull(value, "group booking id");
	}

	public static GroupBookingId of(String value) {
		return new GroupBookingId(UUID.fromString(value));
	}

}
