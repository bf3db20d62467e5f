package io.slotwise.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.validation.BindException;

/**
 * Decorates a mutation whose payload carries {@code errors: [UserError!]}: when its
 * {@code input} cannot be bound (a malformed id), the controller method never runs and
 * the client gets the payload with a {@code VALIDATION_FAILED} error naming the field, as
 * data, like every other refusal of that mutation.
 *
 * <p>
 * Spring for GraphQL resolves controller arguments before it calls the method and reports
 * a failure as a {@code Mono.error(BindException)} result, so that is where it is caught;
 * a synchronous throw or a failed future is handled the same way.
 */
final class UnboundInputAsPayload implements DataFetcher<Object> {

	private static final Logger log = LoggerFactory.getLogger(UnboundInputAsPayload.class);

	private final DataFetcher<?> delegate;

	UnboundInputAsPayload(DataFetcher<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
		Object result;
		try {
			result = this.delegate.get(env);
		}
		catch (BindException ex) {
			return payloadOrThrow(ex, env);
		}
		return switch (result) {
			case Mono<?> mono -> mono.cast(Object.class)
				.onErrorResume(BindException.class,
						(ex) -> isMutation(env) ? Mono.just(payload(ex, env)) : Mono.error(ex));
			case CompletionStage<?> stage -> stage.handle((value, failure) -> {
				Throwable cause = (failure instanceof CompletionException wrapped && wrapped.getCause() != null)
						? wrapped.getCause() : failure;
				if (cause == null) {
					return value;
				}
				if (cause instanceof BindException ex && isMutation(env)) {
					return payload(ex, env);
				}
				throw (failure instanceof CompletionException wrapped) ? wrapped : new CompletionException(cause);
			});
			case null, default -> result;
		};
	}

	private static Object payloadOrThrow(BindException ex, DataFetchingEnvironment env) throws BindException {
		if (!isMutation(env)) {
			throw ex;
		}
		return payload(ex, env);
	}

	/**
	 * A query's result has no errors list to carry the fault; ErrorMapping reports it.
	 */
	private static boolean isMutation(DataFetchingEnvironment env) {
		GraphQLObjectType mutation = env.getGraphQLSchema().getMutationType();
		return mutation != null && mutation.getName().equals(env.getExecutionStepInfo().getObjectType().getName());
	}

	/** Every other payload field is absent, hence null: nothing was done. */
	private static Map<String, Object> payload(BindException ex, DataFetchingEnvironment env) {
		List<Map<String, String>> errors = InputFault.of(ex, env)
			.stream()
			.map((fault) -> Map.of("code", InputFault.CODE, "message", fault.message(), "field", fault.field()))
			.toList();
		log.debug("Input of {} not bound: {}", env.getExecutionStepInfo().getPath(), errors);
		return Map.of("errors", errors);
	}

}
