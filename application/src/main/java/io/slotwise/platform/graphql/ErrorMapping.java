package io.slotwise.platform.graphql;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * The one place where exceptions become GraphQL errors. Expected failures arrive already
 * typed (a {@link GraphQLError} with a {@code code} extension, built by a module's
 * GraphQL adapter) and pass through. An argument that cannot be bound to its Java type (a
 * malformed id) is the client's mistake: {@code VALIDATION_FAILED} with the argument path
 * in {@code field}. Anything else, an {@link IllegalArgumentException} from deep inside
 * included, is a broken invariant, which is a bug: logged with the execution id and
 * masked as {@code INTERNAL_ERROR}, so a client never sees a stack trace or SQL.
 *
 * <p>
 * Runs last so that Spring Security's resolver turns access failures into
 * UNAUTHORIZED/FORBIDDEN first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorMapping extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

	@Override
	protected @Nullable List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BindException unbound) {
			return InputFault.of(unbound, env)
				.stream()
				.map((fault) -> GraphqlErrorBuilder.newError(env)
					.message(fault.message())
					.errorType(ErrorType.BAD_REQUEST)
					.extensions(Map.of("code", InputFault.CODE, "field", fault.field()))
					.build())
				.toList();
		}
		GraphQLError error = resolveToSingleError(ex, env);
		return (error != null) ? List.of(error) : null;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			return null;
		}
		if (ex instanceof GraphQLError typed) {
			return GraphqlErrorBuilder.newError(env)
				.message(typed.getMessage())
				.errorType(typed.getErrorType())
				.extensions(typed.getExtensions())
				.build();
		}
		if (ex instanceof IllegalArgumentException && fromCursorDecoding(ex)) {
			// A client's made-up or damaged `after` cursor: its mistake, not our bug.
			return GraphqlErrorBuilder.newError(env)
				.message("Not a cursor this API handed out")
				.errorType(ErrorType.BAD_REQUEST)
				.extensions(Map.of("code", InputFault.CODE, "field", "after"))
				.build();
		}
		String executionId = env.getExecutionId().toString();
		log.error("Unexpected failure in {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
		return GraphqlErrorBuilder.newError(env)
			.message("Internal error, reference " + executionId)
			.errorType(ErrorType.INTERNAL_ERROR)
			.extensions(Map.of("code", "INTERNAL_ERROR", "executionId", executionId))
			.build();
	}

	// Spring for GraphQL decodes `after` before our controller runs and reports a cursor
	// it
	// cannot read with a plain IllegalArgumentException; only its cursor strategies throw
	// from these frames.
	private static boolean fromCursorDecoding(Throwable ex) {
		return Arrays.stream(ex.getStackTrace())
			.limit(8)
			.anyMatch((frame) -> frame.getClassName().startsWith("org.springframework.graphql.data.")
					&& frame.getClassName().endsWith("CursorStrategy"));
	}

}
