package io.slotwise.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import io.slotwise.platform.ratelimit.ClientAddress;
import io.slotwise.platform.ratelimit.SubscriptionLeases;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.graphql.server.support.AbstractAuthenticationWebSocketInterceptor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Subscriptions authenticate once per WebSocket: browsers cannot set headers on the
 * upgrade request, so the client sends {@code {"Authorization": "Bearer ..."}} in the
 * {@code connection_init} payload, validated by the same decoder and role mapping as HTTP
 * requests.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketAuthentication {

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, ObjectProvider<JsonMapper> mapper,
			Clock clock, @Value("${spring.graphql.websocket.connection-init-timeout:60s}") Duration initTimeout) {
		HttpMessageConverter<?> json = new JacksonJsonHttpMessageConverter(mapper.getIfAvailable(JsonMapper::new));
		@SuppressWarnings("unchecked")
		HttpMessageConverter<Object> converter = (HttpMessageConverter<Object>) json;
		return new TokenExpiringWebSocketHandler(handler, converter, initTimeout, clock);
	}

	@Bean
	AnonymousSubscriptionCaps anonymousSubscriptionCaps(
			@Value("${slotwise.security.anonymous-subscriptions.per-connection:5}") int perConnection,
			@Value("${slotwise.security.anonymous-subscriptions.per-address:20}") int perAddress,
			@Value("${slotwise.security.anonymous-subscriptions.lease:PT1M}") Duration lease, SubscriptionLeases leases,
			ClientAddress addresses, Clock clock) {
		return new AnonymousSubscriptionCaps(perConnection, perAddress, leases, addresses, clock, lease);
	}

	@Bean
	ConnectionInitAuthentication graphQlWebSocketAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(SecurityConfiguration.rolesFromToken());
		return new ConnectionInitAuthentication(new ProviderManager(provider));
	}

	/**
	 * Authenticates the {@code connection_init} token and puts the security context in
	 * the Reactor context of every operation on the connection, under the key Spring for
	 * GraphQL's context propagation restores into {@code SecurityContextHolder}.
	 */
	static final class ConnectionInitAuthentication extends AbstractAuthenticationWebSocketInterceptor {

		private final AuthenticationManager authentications;

		ConnectionInitAuthentication(AuthenticationManager authentications) {
			super(new BearerTokenAuthenticationExtractor());
			this.authentications = authentications;
		}

		@Override
		protected Mono<Authentication> authenticate(Authentication authentication) {
			return Mono.fromCallable(() -> this.authentications.authenticate(authentication));
		}

		/**
		 * Also remembers when the token expires, so that
		 * {@link TokenExpiringWebSocketHandler} can close the connection then: a
		 * WebSocket outlives the token it opened with.
		 */
		@Override
		public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
			return super.handleConnectionInitialization(info, payload).doOnTerminate(() -> info.getAttributes()
				.values()
				.stream()
				.map(ConnectionInitAuthentication::token)
				.flatMap(Optional::stream)
				.findFirst()
				.ifPresent((token) -> info.getAttributes()
					.put(TokenExpiringWebSocketHandler.EXPIRES_AT, Objects.requireNonNull(token.getExpiresAt()))));
		}

		private static Optional<Jwt> token(Object attribute) {
			Authentication authentication = (attribute instanceof SecurityContext context) ? context.getAuthentication()
					: (attribute instanceof Authentication direct) ? direct : null;
			return (authentication != null && authentication.getPrincipal() instanceof Jwt token
					&& token.getExpiresAt() != null) ? Optional.of(token) : Optional.empty();
		}

		@Override
		protected ContextView getContextToWrite(@Nullable SecurityContext securityContext) {
			return (securityContext != null) ? Context.of(SecurityContext.class.getName(), securityContext)
					: Context.empty();
		}

	}

}
