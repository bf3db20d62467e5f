package io.slotwise.platform.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Turns on the in-process token issuer and a decoder that trusts only its key, with the
 * same issuer, audience, expiry and signature checks as production. The key pair is
 * shared through PostgreSQL, so a demo token works on every instance. Off unless
 * {@code slotwise.security.local-issuer.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("slotwise.security.local-issuer.enabled")
@EnableConfigurationProperties(TokenPolicy.class)
class LocalIssuerConfiguration {

	@Bean
	LocalTokenIssuer localTokenIssuer(JdbcTemplate jdbc, TokenPolicy policy, Clock clock) {
		return SharedIssuerKey.issuer(jdbc, policy, clock);
	}

	@Bean
	JwtDecoder localJwtDecoder(LocalTokenIssuer issuer, TokenPolicy policy) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuer.publicKey()).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<java.util.List<String>>("aud",
				(aud) -> aud != null && aud.contains(policy.audience()));
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(policy.issuer()), audience));
		return decoder;
	}

}
