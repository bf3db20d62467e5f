package io.slotwise.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a booked appointment.
 */
public record AppointmentId(UUID value) {

	public AppointmentId {
		Objects.requireNonNull(value, "appointment id");
	}

	/**
	 * Parses the textual form, so Spring's conversion can bind it from a GraphQL
	 * argument.
	 */
	public static AppointmentId of(String value) {
		return new AppointmentId(UUID.fromString(value));
	}

}
