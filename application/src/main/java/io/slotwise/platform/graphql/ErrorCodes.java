package io.slotwise.platform.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.IntrospectionDisabledError;

import org.springframework.graphql.execution.ErrorType;

/**
 * Gives every top-level GraphQL error a machine-readable {@code extensions.code}, so a
 * client switches on one field whatever produced the error: errors that already carry a
 * code keep it; the engine's own errors (a document that does not parse or validate, a
 * variable of the wrong type) and Spring's (authentication, access) get one from their
 * classification. The README lists every code.
 */
final class ErrorCodes {

	static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

	static final String DOCUMENT_INVALID = "GRAPHQL_VALIDATION_FAILED";

	static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

	static final String UNAUTHENTICATED = "UNAUTHENTICATED";

	static final String FORBIDDEN = "FORBIDDEN";

	static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	private ErrorCodes() {
	}

	static List<GraphQLError> typed(List<GraphQLError> errors) {
		return errors.stream().map(ErrorCodes::typed).toList();
	}

	static GraphQLError typed(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() != null) ? error.getExtensions() : Map.of();
		if (extensions.get("code") instanceof String) {
			return error;
		}
		Map<String, Object> withCode = new LinkedHashMap<>(extensions);
		withCode.put("code",
				(error instanceof IntrospectionDisabledError) ? INTROSPECTION_DISABLED : codeOf(error.getErrorType()));
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(withCode)
			.build();
	}

	static String codeOf(ErrorClassification classification) {
		if (classification == graphql.ErrorType.InvalidSyntax) {
			return PARSE_FAILED;
		}
		if (classification == graphql.ErrorType.ValidationError) {
			return DOCUMENT_INVALID;
		}
		if (classification == ErrorType.UNAUTHORIZED) {
			return UNAUTHENTICATED;
		}
		if (classification == ErrorType.FORBIDDEN) {
			return FORBIDDEN;
		}
		if (classification == ErrorType.BAD_REQUEST) {
			return InputFault.CODE;
		}
		if (classification == ErrorType.NOT_FOUND) {
			return "NOT_FOUND";
		}
		if (classification == graphql.ErrorType.ExecutionAborted) {
			return "REQUEST_ABORTED";
		}
		return INTERNAL_ERROR;
	}

}
