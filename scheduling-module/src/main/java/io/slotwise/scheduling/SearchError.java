package io.slotwise.scheduling;

/**
 * Why a search was refused: bad input, answered as data.
 *
 * @param code machine-readable reason (a GraphQL {@code ErrorCode})
 * @param field the input field at fault, or null
 * @param message for humans
 */
public record SearchError(Code code, String field, String message) {

	/** The reasons a search is refused. */
	public enum Code {

		/** Not five digits. */
		INVALID_ZIP,
		/** Five digits, but not a ZIP code we know. */
		UNKNOWN_ZIP,
		/** Out of range or contradictory input. */
		VALIDATION_FAILED,
		/** Not an insurance plan of the catalog. */
		UNKNOWN_INSURANCE_PLAN,
		/** Not an ISO 639-1 language code. */
		UNKNOWN_LANGUAGE,
		/** No such visit type, or none for the specialty. */
		NOT_FOUND

	}

}
