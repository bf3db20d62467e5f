package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An expected reason why a scheduling request was refused; data, not an exception.
 *
 * @param code machine-readable reason
 * @param message human-readable explanation
 * @param blockedUntil when the hold that blocks the slot expires, if a hold blocks it
 */
public record Problem(Code code, String message, Optional<Instant> blockedUntil) {

	public Problem {
		Objects.requireNonNull(code, "code");
		blockedUntil = Objects.requireNonNullElse(blockedUntil, Optional.empty());
	}

	public static Problem of(Code code, String message) {
		return new Problem(code, message, Optional.empty());
	}

	/** The reasons scheduling refuses a request. */
	public enum Code {

		/** The slot, or a resource it needs, is booked or held by someone else. */
		SLOT_UNAVAILABLE,
		/** The hold existed but its time ran out. */
		HOLD_EXPIRED,
		/** No such hold for this caller (foreign holds look the same as missing ones). */
		HOLD_NOT_FOUND,
		/** The patient already has the maximum number of live holds. */
		HOLD_LIMIT_REACHED,
		/** The hold was extended as often as allowed. */
		EXTENSION_LIMIT_REACHED,
		/** The hold store is unreachable; booking without a hold still works. */
		HOLDS_UNAVAILABLE,
		/** The request is malformed or outside the bookable hours. */
		VALIDATION_FAILED,
		/** The location, visit type, practitioner or appointment does not exist. */
		NOT_FOUND,
		/** The caller may not act on it. */
		FORBIDDEN

	}

}
