package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a hold stands, as its holder's countdown shows it.
 *
 * @param status active, expired, released or confirmed
 * @param expiresAt when it expires (or expired)
 * @param appointment the booking it became, once confirmed
 */
public record HoldState(HoldId hold, Status status, Instant expiresAt, Optional<AppointmentId> appointment) {

	public HoldState {
		Objects.requireNonNull(hold, "hold");
		Objects.requireNonNull(status, "status");
		appointment = Objects.requireNonNullElse(appointment, Optional.empty());
	}

	public boolean isFinal() {
		return this.status != Status.ACTIVE;
	}

	/** The life of a hold. */
	public enum Status {

		ACTIVE, EXPIRED, RELEASED, CONFIRMED

	}

}
