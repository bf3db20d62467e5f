package io.slotwise.platform.security;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Caps the live subscriptions of anonymous WebSocket clients, per connection and per
 * client address, so nobody can open thousands of availability streams without signing
 * in. Counted on this instance (a connection lives on one instance; a client spreading
 * connections over instances meets each instance's cap). Signed-in connections are
 * bounded by their token's lifetime and the rate limits instead. A plain interceptor:
 * Spring for GraphQL allows one WebSocket interceptor, the authentication.
 */
final class AnonymousSubscriptionCaps implements WebGraphQlInterceptor {

	private static final String LIVE = "slotwise.anonymousSubscriptions";

	private final int perConnection;

	private final int perAddress;

	private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();

	AnonymousSubscriptionCaps(int perConnection, int perAddress) {
		this.perConnection = perConnection;
		this.perAddress = perAddress;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)
				|| socket.getSessionInfo().getAttributes().containsKey(TokenExpiringWebSocketHandler.EXPIRES_AT)) {
			return chain.next(request);
		}
		AtomicInteger connection = (AtomicInteger) socket.getSessionInfo()
			.getAttributes()
			.computeIfAbsent(LIVE, (key) -> new AtomicInteger());
		String address = address(socket.getSessionInfo().getRemoteAddress());
		AtomicInteger fromAddress = this.byAddress.computeIfAbsent(address, (key) -> new AtomicInteger());
		if (connection.incrementAndGet() > this.perConnection) {
			connection.decrementAndGet();
			return Mono
				.just(refused(request, "At most " + this.perConnection + " anonymous subscriptions per connection"));
		}
		if (fromAddress.incrementAndGet() > this.perAddress) {
			fromAddress.decrementAndGet();
			connection.decrementAndGet();
			return Mono.just(refused(request, "At most " + this.perAddress + " anonymous subscriptions per address"));
		}
		return chain.next(request).map((response) -> counted(response, connection, fromAddress, address));
	}

	// The counts drop when the stream ends, however it ends (completed, failed,
	// cancelled).
	private WebGraphQlResponse counted(WebGraphQlResponse response, AtomicInteger connection, AtomicInteger fromAddress,
			String address) {
		if (!(response.getData() instanceof Publisher<?> stream)) {
			done(connection, fromAddress, address);
			return response;
		}
		return response.transform((builder) -> builder
			.data(Flux.from(stream).doFinally((signal) -> done(connection, fromAddress, address))));
	}

	private void done(AtomicInteger connection, AtomicInteger fromAddress, String address) {
		connection.decrementAndGet();
		if (fromAddress.decrementAndGet() <= 0) {
			this.byAddress.remove(address, fromAddress);
		}
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message(message + "; sign in for more")
				.extensions(Map.of("code", "SUBSCRIPTION_LIMIT_REACHED"))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static String address(InetSocketAddress remote) {
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

}
