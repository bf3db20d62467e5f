package io.slotwise.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a hold on a slot.
 */
public record HoldId(UUID value) {

	public HoldId {
		Objects.requireNonNull(value, "hold id");
	}

	public static HoldId of(String value) {
		return new HoldId(UUID.fromString(value));
	}

}
