package io.slotwise.scheduling.domain;

import io.slotwise.scheduling.Problem;

/**
 * What an aggregate decided when asked to change: it changed and says what happened, it
 * was in that state already (asking twice is harmless), or it refused and says why.
 *
 * @param <E> the event a change produces
 */
public sealed interface Decision<E> {

	static <E> Decision<E> changed(E event) {
		return new Changed<>(event);
	}

	static <E> Decision<E> unchanged() {
		return new Unchanged<>();
	}

	static <E> Decision<E> refused(Problem problem) {
		return new Refused<>(problem);
	}

	/** Changed; the event says how. */
	record Changed<E>(E event) implements Decision<E> {
	}

	/** Already in the asked-for state: nothing to save or announce. */
	record Unchanged<E>() implements Decision<E> {
	}

	/** Not allowed, with the reason the caller sees. */
	record Refused<E>(Problem problem) implements Decision<E> {
	}

}
