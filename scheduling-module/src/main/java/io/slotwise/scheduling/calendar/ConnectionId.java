package io.slotwise.scheduling.calendar;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one external calendar connection.
 */
public record ConnectionId(UUID value) {

	public ConnectionId {
		Objects.requireNonNull(value, "connection id");
	}

	/**
	 * Parses the textual form, so Spring's conversion can bind it from a GraphQL
	 * argument.
	 */
	public static ConnectionId of(String value) {
		return new ConnectionId(UUID.fromString(value));
	}

}
