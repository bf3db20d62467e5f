package io.slotwise.waitlist;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one offer of a freed slot to one waiting patient.
 */
public record OfferId(UUID value) {

	public OfferId {
		Objects.requireNonNull(value, "offer id");
	}

	public static OfferId of(String value) {
		return new OfferId(UUID.fromString(value));
	}

}
