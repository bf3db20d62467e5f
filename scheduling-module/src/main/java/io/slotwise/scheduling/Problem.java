package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why scheduling refused a request: scheduling's one vocabulary of expected failures,
 * returned as data, never thrown. Bad input names the input field at fault.
 *
 * @param code machine-readable reason, also a GraphQL {@code ErrorCode}
 * @param message for humans
 * @param field the input field at fault, when an input is
 * @param blockedUntil when the hold that blocks the slot expires, if a hold blocks it
 */
public record Problem(Code code, String message, Optional<String> field, Optional<Instant> blockedUntil) {

	public Problem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
		field = Objects.requireNonNullElse(field, Optional.empty());
		blockedUntil = Objects.requireNonNullElse(blockedUntil, Optional.empty());
	}

	public static Problem of(Code code, String message) {
		return new Problem(code, message, Optional.empty(), Optional.empty());
	}

	/** A problem with one input field. */
	public static Problem inField(String field, Code code, String message) {
		return new Problem(code, message, Optional.of(field), Optional.empty());
	}

	/** The reasons scheduling refuses a request. */
	public enum Code {

		/** The slot, or a resource it needs, is booked or held by someone else. */
		SLOT_UNAVAILABLE,
		/** The patient already has an appointment or a hold that overlaps the slot. */
		PATIENT_BUSY,
		/** The hold existed but its time ran out. */
		HOLD_EXPIRED,
		/** No such hold for this caller (foreign holds look the same as missing ones). */
		HOLD_NOT_FOUND,
		/** The patient already has the maximum number of live holds. */
		HOLD_LIMIT_REACHED,
		/** The hold was extended as often as allowed. */
		EXTENSION_LIMIT_REACHED,
		/**
		 * The patient has as many upcoming appointments as allowed, in total or with this
		 * practitioner on that day.
		 */
		BOOKING_LIMIT_REACHED,
		/** A patient books through a hold while holds are available. */
		HOLD_REQUIRED,
		/** The patient gave this slot up a moment ago and may not hold it again yet. */
		HOLD_COOLDOWN,
		/** The hold store is unreachable; booking without a hold still works. */
		HOLDS_UNAVAILABLE,
		/** The request is malformed or outside the bookable hours. */
		VALIDATION_FAILED,
		/** The location, visit type, practitioner or appointment does not exist. */
		NOT_FOUND,
		/** The caller may not act on it. */
		FORBIDDEN,
		/** Not five digits. */
		INVALID_ZIP,
		/** Five digits, but not a ZIP code we know. */
		UNKNOWN_ZIP,
		/** Not an insurance plan of the catalog. */
		UNKNOWN_INSURANCE_PLAN,
		/** Not an ISO 639-1 language code. */
		UNKNOWN_LANGUAGE,
		/** Too many searches are running; the client should retry shortly. */
		SEARCH_BUSY,
		/** The practitioner's external calendar is busy then, or within its buffer. */
		EXTERNAL_CALENDAR_CONFLICT,
		/** The calendar provider refused or could not complete the authorization. */
		CALENDAR_AUTHORIZATION_FAILED,
		/** A group has fewer than two or more than eight members. */
		GROUP_SIZE_INVALID,
		/** The same person appears twice in one group. */
		DUPLICATE_MEMBER,
		/** No practitioner at the place searched offers a member's visit type. */
		VISIT_TYPE_NOT_OFFERED,
		/** A member is neither the caller nor one of the caller's dependents. */
		NOT_A_DEPENDENT,
		/**
		 * No bundle in the date range; the earliest date with one is given when known.
		 */
		NO_BUNDLE_AVAILABLE,
		/**
		 * A feed URL that points at a non-public address (loopback, private, link-local,
		 * metadata) or uses a scheme other than http(s)/webcal.
		 */
		CALENDAR_URL_NOT_ALLOWED,
		/**
		 * The idempotency key was used before, by this caller for this patient, for
		 * another request.
		 */
		IDEMPOTENCY_KEY_REUSED

	}

}
