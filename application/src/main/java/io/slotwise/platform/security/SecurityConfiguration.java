package io.slotwise.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The HTTP layer lets anyone reach {@code /graphql} because some operations are public (a
 * patient searches before signing in); each GraphQL operation then declares its own rule
 * with {@code @PreAuthorize}, and an architecture test checks that none is missing. A
 * token, when sent, must be valid: a bad token is a 401, never silently anonymous.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * The JWT claim that carries the caller's roles (PATIENT, PRACTITIONER, STAFF,
	 * ADMIN).
	 */
	static final String ROLES_CLAIM = "roles";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/graphql", "/graphiql/**", "/graphiql", "/demo/tokens/**", "/demo/tokens")
				.permitAll()
				// the demo's embedded SMTP inbox (its controller exists in the demo
				// profile
				// only, like the token endpoint): offers sent by e-mail, readable with
				// curl
				.requestMatchers("/demo/mail")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error")
				.permitAll()
				// Practitioners' private appointment feeds: the token in the path is the
				// credential, since calendar apps cannot log in (issue 10).
				.requestMatchers("/calendar/feeds/*")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesFromToken())));
		return http.build();
	}

	static JwtAuthenticationConverter rolesFromToken() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(ROLES_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

}
