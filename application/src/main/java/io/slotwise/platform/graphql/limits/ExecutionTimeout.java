package io.slotwise.platform.graphql.limits;

import java.time.Duration;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Ends a request that runs longer than its budget. Spring's own timeout interceptor
 * answers a bare HTTP status; this one answers a GraphQL error with code {@code TIMEOUT},
 * like every other refusal, so a client handles it in one place.
 */
final class ExecutionTimeout implements WebGraphQlInterceptor {

	static final String CODE = "TIMEOUT";

	private final Duration timeout;

	ExecutionTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message("The request took longer than " + this.timeout.toMillis() + " ms and was stopped")
				.errorType(ErrorType.ExecutionAborted)
				.extensions(Map.of("code", CODE))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
