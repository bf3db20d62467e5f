package io.slotwise.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.slotwise.platform.ratelimit.ClientAddress;
import io.slotwise.platform.ratelimit.SubscriptionLeases;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Caps the live subscriptions of anonymous WebSocket clients, per connection and per
 * client address, so nobody can open thousands of availability streams without signing
 * in. Per connection in memory (a connection lives on one instance); per address across
 * all instances, by leases in Redis that each live subscription's instance renews every
 * third of a lease term: a client spreading connections over instances meets one cap, and
 * the slots of an instance that crashed come back once their leases run out. If Redis
 * does not answer, the subscription is let through uncounted (the per-connection cap
 * still holds): a cap must not take the service down with Redis. The client address is
 * the rate limits' (the socket's, or the trusted proxy's {@code X-Forwarded-For} of the
 * upgrade request). Signed-in connections are bounded by their token's lifetime and the
 * rate limits instead. A plain interceptor: Spring for GraphQL allows one WebSocket
 * interceptor, the authentication.
 */
final class AnonymousSubscriptionCaps implements WebGraphQlInterceptor {

	private static final String LIVE = "slotwise.anonymousSubscriptions";

	private final int perConnection;

	private final int perAddress;

	private final SubscriptionLeases leases;

	private final ClientAddress addresses;

	private final Clock clock;

	private final Duration term;

	AnonymousSubscriptionCaps(int perConnection, int perAddress, SubscriptionLeases leases, ClientAddress addresses,
			Clock clock, Duration term) {
		this.perConnection = perConnection;
		this.perAddress = perAddress;
		this.leases = leases;
		this.addresses = addresses;
		this.clock = clock;
		this.term = term;
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
		if (connection.incrementAndGet() > this.perConnection) {
			connection.decrementAndGet();
			return Mono
				.just(refused(request, "At most " + this.perConnection + " anonymous subscriptions per connection"));
		}
		String address = this.addresses.of(socket.getSessionInfo().getRemoteAddress(), socket.getHeaders());
		String lease = UUID.randomUUID().toString();
		return Mono
			.fromCallable(() -> this.leases.take(address, lease, this.perAddress, this.clock.instant(), this.term))
			// a blocking Redis round trip, off the thread that reads the socket
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((taking) -> switch (taking) {
				case REFUSED -> {
					connection.decrementAndGet();
					yield Mono
						.just(refused(request, "At most " + this.perAddress + " anonymous subscriptions per address"));
				}
				case TAKEN -> chain.next(request).map((response) -> counted(response, connection, address, lease));
				case UNCOUNTED -> chain.next(request).map((response) -> counted(response, connection, null, null));
			});
	}

	// The counts drop when the stream ends, however it ends (completed, failed,
	// cancelled); until then its lease is renewed.
	private WebGraphQlResponse counted(WebGraphQlResponse response, AtomicInteger connection, String address,
			String lease) {
		if (!(response.getData() instanceof Publisher<?> stream)) {
			done(connection, address, lease, null);
			return response;
		}
		Disposable renewal = (lease != null) ? Flux.interval(this.term.dividedBy(3))
			.subscribe((tick) -> this.leases.renew(address, lease, this.clock.instant(), this.term)) : null;
		return response.transform((builder) -> builder
			.data(Flux.from(stream).doFinally((signal) -> done(connection, address, lease, renewal))));
	}

	private void done(AtomicInteger connection, String address, String lease, Disposable renewal) {
		connection.decrementAndGet();
		if (renewal != null) {
			renewal.dispose();
		}
		if (lease != null) {
			this.leases.drop(address, lease);
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

}
