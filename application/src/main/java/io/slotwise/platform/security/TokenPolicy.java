package io.slotwise.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a token must say to be accepted: its issuer and an audience that names Slotwise.
 * Used by the local issuer; production validation uses Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param issuer the {@code iss} claim the local issuer writes and checks
 * @param audience the {@code aud} value the local issuer writes and checks
 */
@ConfigurationProperties("slotwise.security.local-issuer")
record TokenPolicy(String issuer, String audience) {

	TokenPolicy {
		issuer = (issuer == null) ? "slotwise-local" : issuer;
		audience = (audience == null) ? "slotwise" : audience;
	}

}
