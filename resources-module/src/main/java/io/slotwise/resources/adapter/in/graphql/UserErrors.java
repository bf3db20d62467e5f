package io.slotwise.resources.adapter.in.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.GraphqlErrorException;
import io.slotwise.resources.CatalogError;
import io.slotwise.resources.CatalogRuleBroken;
import io.slotwise.resources.catalog.CatalogChange;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from the module's {@link CatalogError} to GraphQL's {@code UserError}
 * (code, message, field). Mutation payloads carry the errors as data (the record's
 * components are the {@code UserError} fields); a query has no payload, so its refusal is
 * a GraphQL error with the same code and field as extensions.
 */
final class UserErrors {

	private UserErrors() {
	}

	static GraphqlErrorException query(CatalogError error) {
		Map<String, Object> extensions = new HashMap<>();
		extensions.put("code", error.code().name());
		if (error.field() != null) {
			extensions.put("field", error.field());
		}
		return GraphqlErrorException.newErrorException().message(error.message()).extensions(extensions).build();
	}

	static GraphqlErrorException query(CatalogError.Code code, String field, String message) {
		return query(new CatalogError(code, message, field));
	}

	/**
	 * Builds a mutation's payload. Input is turned into values while it is read (ids,
	 * hours), and a value that refuses to exist is refused like a rule broken later.
	 */
	static <T, P> P payload(Supplier<CatalogChange<T>> change, BiFunction<@Nullable T, List<CatalogError>, P> payload) {
		CatalogChange<T> result;
		try {
			result = change.get();
		}
		catch (CatalogRuleBroken broken) {
			result = new CatalogChange.Rejected<>(List.of(broken.error()));
		}
		return switch (result) {
			case CatalogChange.Applied<T> applied -> payload.apply(applied.value(), List.of());
			case CatalogChange.Rejected<T> rejected -> payload.apply(null, rejected.errors());
		};
	}

	/**
	 * A mutation input's id. Mutation inputs keep ids as text, because a binding failure
	 * would surface before the operation's authorization check and outside the payload.
	 */
	static <I> I id(@Nullable String value, String field, Function<String, I> of) {
		try {
			if (value != null) {
				return of.apply(value);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below, with the field
		}
		throw new CatalogRuleBroken(
				new CatalogError(CatalogError.Code.VALIDATION_FAILED, field + " '" + value + "' is not an id", field));
	}

}
