package io.slotwise.platform.graphql;

import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The outermost interceptor: whatever an inner one or the engine answered, each error of
 * the response, and of every event of a subscription, leaves with an
 * {@code extensions.code} ({@link ErrorCodes}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TypedErrors implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(TypedErrors::typed);
	}

	private static WebGraphQlResponse typed(WebGraphQlResponse response) {
		ExecutionResult result = response.getExecutionResult();
		if (result.getData() instanceof Publisher<?> events) {
			Flux<Object> typedEvents = Flux.from(events)
				.map((event) -> (event instanceof ExecutionResult each) ? typed(each) : event);
			return response
				.transform((builder) -> builder.data(typedEvents).errors(ErrorCodes.typed(result.getErrors())));
		}
		return response.transform((builder) -> builder.errors(ErrorCodes.typed(result.getErrors())));
	}

	private static ExecutionResult typed(ExecutionResult event) {
		return event.getErrors().isEmpty() ? event
				: event.transform((builder) -> builder.errors(ErrorCodes.typed(event.getErrors())));
	}

}
