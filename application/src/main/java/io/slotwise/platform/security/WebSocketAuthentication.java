package io.slotwise.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.ProviderManager;
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
	AuthenticationWebSocketInterceptor graphQlWebSocketAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(SecurityConfiguration.rolesFromToken());
		return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(),
				new ProviderManager(provider));
	}

}
