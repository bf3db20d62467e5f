package io.slotwise.resources.domain;

import java.util.List;
import java.util.function.Supplier;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.CatalogRuleBroken;

/**
 * What a catalog policy decided about a change: the state to save and the events to
 * publish, or why the change is refused (and then nothing is saved or published).
 *
 * @param <T> the entry the change produces
 */
public sealed interface Decision<T> {

	static <T> Decision<T> accepted(T state, CatalogEvent... events) {
		return new Accepted<>(state, List.of(events));
	}

	static <T> Decision<T> refused(CatalogError.Code code, String field, String message) {
		return new Refused<>(new CatalogError(code, message, field));
	}

	/**
	 * Runs a decision that builds catalog values from staff input: a value that refuses
	 * to exist is a refusal of the change, not a failure.
	 */
	static <T> Decision<T> attempt(Supplier<Decision<T>> decision) {
		try {
			return decision.get();
		}
		catch (CatalogRuleBroken broken) {
			return new Refused<>(broken.error());
		}
	}

	/**
	 * @param state what to save
	 * @param events what to publish once it is saved, in order
	 */
	record Accepted<T>(T state, List<CatalogEvent> events) implements Decision<T> {

		public Accepted {
			events = List.copyOf(events);
		}

	}

	/**
	 * @param error why nothing changes
	 */
	record Refused<T>(CatalogError error) implements Decision<T> {

	}

}
