package io.slotwise.resources;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The resources module's one error vocabulary: why an input was refused, returned as data
 * by every use case and mapped once to the GraphQL {@code UserError}.
 *
 * @param code machine-readable reason, also a GraphQL {@code ErrorCode}
 * @param field the input field at fault, as a dotted path; null when no single input is
 * to blame
 */
public record CatalogError(Code code, String message, @Nullable String field) {

	public CatalogError {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	/** The reasons a catalog change can be refused. */
	public enum Code {

		/** Malformed or out-of-range input. */
		VALIDATION_FAILED,
		/** An id that names nothing. */
		NOT_FOUND,
		/**
		 * The caller may not make this change (not an administrator, not their location).
		 */
		FORBIDDEN,
		/** Not five digits. */
		INVALID_ZIP,
		/** Five digits, but not a ZIP code we know. */
		UNKNOWN_ZIP,
		/** Not an IANA time zone id. */
		INVALID_TIME_ZONE,
		/** Not an ISO 639-1 language code. */
		UNKNOWN_LANGUAGE,
		/** Not an insurance plan of the catalog. */
		UNKNOWN_INSURANCE_PLAN,
		/** A zero or negative duration. */
		INVALID_DURATION,
		/** A time range that ends before it starts. */
		INVALID_TIME_RANGE,
		/** Working hours that overlap each other. */
		OVERLAPPING_HOURS,
		/** Weekly working hours outside the location's opening hours. */
		OUTSIDE_OPENING_HOURS,
		/** The practitioner does not work at that location. */
		NOT_AT_LOCATION,
		/** A visit type needs a room capability no room at the location has. */
		MISSING_ROOM_CAPABILITY,
		/** A visit type needs equipment the location does not have. */
		MISSING_EQUIPMENT

	}

}
