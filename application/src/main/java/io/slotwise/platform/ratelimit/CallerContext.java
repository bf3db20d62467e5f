package io.slotwise.platform.ratelimit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Puts the client address and the signed-in caller into the GraphQL context of every
 * request (HTTP and WebSocket), where {@link RateLimits} reads them before anything runs.
 */
final class CallerContext implements WebGraphQlInterceptor {

	static final String CLIENT_IP = "slotwise.clientIp";

	static final String USER = "slotwise.user";

	private final ClientAddress addresses;

	CallerContext(ClientAddress addresses) {
		this.addresses = addresses;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.deferContextual((reactorContext) -> {
			// HTTP requests carry the caller in the holder; WebSocket operations in the
			// Reactor context written by the connection_init authentication.
			SecurityContext security = reactorContext.getOrDefault(SecurityContext.class.getName(),
					SecurityContextHolder.getContext());
			Map<String, Object> values = new HashMap<>();
			values.put(CLIENT_IP, this.addresses.of(request.getRemoteAddress(), request.getHeaders()));
			user((security != null) ? security.getAuthentication() : null).ifPresent((user) -> values.put(USER, user));
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(values).build());
			return chain.next(request);
		});
	}

	private static Optional<String> user(@Nullable Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof Jwt token)
				? Optional.ofNullable(token.getSubject()) : Optional.empty();
	}

	static String clientIp(GraphQLContext context) {
		return context.getOrDefault(CLIENT_IP, ClientAddress.UNKNOWN);
	}

	static Optional<String> user(GraphQLContext context) {
		return Optional.ofNullable(context.get(USER));
	}

}
