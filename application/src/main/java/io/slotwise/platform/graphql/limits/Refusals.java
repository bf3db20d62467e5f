package io.slotwise.platform.graphql.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * A document refused before it runs, with a machine code like every other typed error.
 */
final class Refusals {

	private Refusals() {
	}

	static AbortExecutionException refuse(String code, String message) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.ExecutionAborted)
			.extensions(Map.of("code", code))
			.build()));
	}

}
