package io.slotwise.platform.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/**
 * The production token decoder. Spring Boot's own checks the issuer only when an issuer
 * URI is configured: with just a JWK set URI, a token any other tenant of the same
 * identity provider signed would pass. Here the issuer is required and always checked,
 * whichever way the keys are found, and so are the audience, expiry and signature.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "slotwise.security.local-issuer.enabled", havingValue = false,
		matchIfMissing = true)
class IssuerValidation {

	@Bean
	JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
			@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
			@Value("${spring.security.oauth2.resourceserver.jwt.audiences:slotwise}") List<String> audiences) {
		return decoder(issuer, jwkSetUri, audiences);
	}

	static JwtDecoder decoder(String issuer, String jwkSetUri, List<String> audiences) {
		if (issuer.isBlank()) {
			throw new IllegalStateException("Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI: every token's "
					+ "issuer is checked, also when the keys come from SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
		}
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.stream().anyMatch(audiences::contains));
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(issuer), audience);
		if (!jwkSetUri.isBlank()) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
			decoder.setJwtValidator(validator);
			return decoder;
		}
		// discovery from the issuer, on first use, so start-up does not need the provider
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
			decoder.setJwtValidator(validator);
			return decoder;
		});
	}

}
