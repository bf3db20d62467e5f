package io.slotwise.waitlist;

/**
 * The result of a waitlist request: done with a value, or refused with a
 * {@link WaitlistProblem}.
 *
 * @param <T> the value on success
 */
public sealed interface WaitlistOutcome<T> {

	static <T> WaitlistOutcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> WaitlistOutcome<T> refused(WaitlistProblem problem) {
		return new Refused<>(problem);
	}

	static <T> WaitlistOutcome<T> refused(WaitlistProblem.Code code, String message) {
		return new Refused<>(WaitlistProblem.of(code, message));
	}

	/**
	 * Succeeded.
	 *
	 * @param <T> its type
	 */
	record Done<T>(T value) implements WaitlistOutcome<T> {
	}

	/**
	 * Refused for an expected reason.
	 *
	 * @param <T> the value type it would have had
	 */
	record Refused<T>(WaitlistProblem problem) implements WaitlistOutcome<T> {
	}

}
