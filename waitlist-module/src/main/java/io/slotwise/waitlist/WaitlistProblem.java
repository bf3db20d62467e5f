package io.slotwise.waitlist;

import java.util.Objects;
import java.util.Optional;

/**
 * Why the waitlist refused a request, as data; bad input names its field.
 */
public record WaitlistProblem(Code code, String message, Optional<String> field) {

	public WaitlistProblem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
		field = Objects.requireNonNullElse(field, Optional.empty());
	}

	public static WaitlistProblem of(Code code, String message) {
		return new WaitlistProblem(code, message, Optional.empty());
	}

	public static WaitlistProblem inField(String field, String message) {
		return new WaitlistProblem(Code.VALIDATION_FAILED, message, Optional.of(field));
	}

	/** The waitlist's refusals. */
	public enum Code {

		/** Bad input; the field says which. */
		VALIDATION_FAILED,
		/** No such entry or offer for this caller. */
		NOT_FOUND,
		/** The caller may not act on it. */
		FORBIDDEN,
		/** The patient has as many entries as allowed. */
		ENTRY_LIMIT_REACHED,
		/** The offer's window ran out. */
		OFFER_EXPIRED,
		/** Another candidate accepted first. */
		OFFER_TAKEN,
		/** The offer was declined or withdrawn and is no longer open. */
		OFFER_WITHDRAWN,
		/** The patient already has an appointment at that time. */
		PATIENT_BUSY,
		/** Scheduling could not book the slot. */
		SLOT_UNAVAILABLE

	}

}
