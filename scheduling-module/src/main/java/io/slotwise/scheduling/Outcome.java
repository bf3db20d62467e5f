package io.slotwise.scheduling;

import java.util.function.Function;

/**
 * The result of a scheduling request: done with a value, or refused with a
 * {@link Problem}.
 *
 * @param <T> the value on success
 */
public sealed interface Outcome<T> {

	static <T> Outcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> Outcome<T> refused(Problem problem) {
		return new Refused<>(problem);
	}

	static <T> Outcome<T> refused(Problem.Code code, String message) {
		return new Refused<>(Problem.of(code, message));
	}

	default <R> Outcome<R> map(Function<T, R> mapping) {
		return switch (this) {
			case Done<T> done -> new Done<>(mapping.apply(done.value()));
			case Refused<T> refused -> new Refused<>(refused.problem());
		};
	}

	/**
	 * Succeeded.
	 *
	 * @param <T> its type
	 */
	record Done<T>(T value) implements Outcome<T> {
	}

	/**
	 * Refused for an expected reason.
	 *
	 * @param <T> the value type it would have had
	 */
	record Refused<T>(Problem problem) implements Outcome<T> {
	}

}
