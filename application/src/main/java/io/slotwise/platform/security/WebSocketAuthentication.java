package io.slotwise.platform.security;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.support.AbstractAuthenticationWebSocketInterceptor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
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

		@Override
		protected ContextView getContextToWrite(@Nullable SecurityContext securityContext) {
			return (securityContext != null) ? Context.of(SecurityContext.class.getName(), securityContext)
					: Context.empty();
		}

	}

}
