package io.slotwise.scheduling.adapter.in.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import graphql.GraphqlErrorException;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Scheduling's one mapping from {@link Problem} to GraphQL: a {@code UserError} in a
 * mutation's payload, or a typed error (code and field extensions) for a query or
 * subscription.
 */
final class UserErrors {

	private UserErrors() {
	}

	static List<UserError> of(Outcome<?> outcome, UnaryOperator<String> path) {
		return (outcome instanceof Outcome.Refused<?>(Problem problem)) ? List.of(of(problem, path)) : List.of();
	}

	static UserError of(Problem problem) {
		return of(problem, UnaryOperator.identity());
	}

	/**
	 * A port names the field of its own request ({@code start}); {@code path} says where
	 * that field sits in the GraphQL input ({@code input.slot.start}).
	 */
	static UserError of(Problem problem, UnaryOperator<String> path) {
		return new UserError(problem.code().name(), problem.message(), problem.field().map(path).orElse(null));
	}

	static GraphqlErrorException raised(Problem problem) {
		Map<String, Object> extensions = new HashMap<>();
		extensions.put("code", problem.code().name());
		problem.field().ifPresent((field) -> extensions.put("field", field));
		return GraphqlErrorException.newErrorException().message(problem.message()).extensions(extensions).build();
	}

	/**
	 * An expected failure as the schema's {@code UserError} type.
	 *
	 * @param code an ErrorCode value
	 * @param field the input field it is about, if any
	 */
	record UserError(String code, String message, @Nullable String field) {
	}

}
