package io.slotwise.resources.catalog;

import io.slotwise.resources.CatalogError;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a change to the catalog: applied (and an event published), or rejected
 * with the reasons and nothing changed.
 *
 * @param <T> what the change produced
 */
public sealed interface CatalogChange<T> {

	static <T> CatalogChange<T> rejected(CatalogError.Code code, String message, @Nullable String field) {
		return new Rejected<>(List.of(new CatalogError(code, message, field)));
	}

	/**
	 * @param value the saved state
	 */
	record Applied<T>(T value) implements CatalogChange<T> {

	}

	/**
	 * @param errors why, at least one
	 */
	record Rejected<T>(List<CatalogError> errors) implements CatalogChange<T> {

		public Rejected {
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("A rejection needs a reason");
			}
			errors = List.copyOf(errors);
		}

	}

}
