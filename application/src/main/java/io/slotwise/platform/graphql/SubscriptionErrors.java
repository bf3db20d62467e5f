package io.slotwise.platform.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * A subscription refuses typed, like a query: a failure of its stream (which, for a
 * method guarded by {@code @PreAuthorize}, includes the authorization check and any
 * refusal the method raises) is a typed error passed through, {@code UNAUTHENTICATED} for
 * an anonymous caller, {@code FORBIDDEN} for a signed-in one without the right, and
 * otherwise a logged {@code INTERNAL_ERROR} with a reference, never an untyped error.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

	SubscriptionErrors() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof GraphQLError typed) {
			return GraphqlErrorBuilder.newError()
				.message(typed.getMessage())
				.errorType(typed.getErrorType())
				.extensions(typed.getExtensions())
				.build();
		}
		if (ex instanceof BindException unbound && unbound.getFieldError() != null) {
			// No DataFetchingEnvironment here: the binder's path ($.holdId) is the
			// argument's
			// name after its prefix.
			String field = unbound.getFieldError().getField().replaceFirst("^\\$\\.", "");
			return GraphqlErrorBuilder.newError()
				.message("'" + unbound.getFieldError().getRejectedValue() + "' is not a valid value for " + field)
				.errorType(ErrorType.BAD_REQUEST)
				.extensions(Map.of("code", InputFault.CODE, "field", field))
				.build();
		}
		if (ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
			boolean anonymous = new AuthenticationTrustResolverImpl()
				.isAnonymous(SecurityContextHolder.getContext().getAuthentication())
					|| SecurityContextHolder.getContext().getAuthentication() == null;
			return anonymous || ex instanceof AuthenticationException
					? error("This subscription needs a signed-in caller", ErrorType.UNAUTHORIZED,
							ErrorCodes.UNAUTHENTICATED)
					: error("Forbidden", ErrorType.FORBIDDEN, ErrorCodes.FORBIDDEN);
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure of a subscription (reference {})", reference, ex);
		return GraphqlErrorBuilder.newError()
			.message("Internal error, reference " + reference)
			.errorType(ErrorType.INTERNAL_ERROR)
			.extensions(Map.of("code", ErrorCodes.INTERNAL_ERROR, "executionId", reference))
			.build();
	}

	private static GraphQLError error(String message, ErrorType type, String code) {
		return GraphqlErrorBuilder.newError().message(message).errorType(type).extensions(Map.of("code", code)).build();
	}

}
