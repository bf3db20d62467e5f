package io.slotwise.platform.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/**
 * Signs tokens with a key pair that lives only in this process. It exists when
 * {@code slotwise.security.local-issuer.enabled=true} (the demo and test configurations),
 * never in production, where tokens come from the identity provider.
 */
public final class LocalTokenIssuer {

	private final KeyPair keys;

	private final RSAKey jwk;

	private final NimbusJwtEncoder encoder;

	private final TokenPolicy policy;

	private final Clock clock;

	LocalTokenIssuer(TokenPolicy policy, Clock clock) {
		this(policy, clock, freshKeyPair(), UUID.randomUUID().toString());
	}

	/** With a key pair shared by every instance, so a token works on all of them. */
	LocalTokenIssuer(TokenPolicy policy, Clock clock, KeyPair keys, String keyId) {
		this.keys = keys;
		RSAKey jwk = new RSAKey.Builder((RSAPublicKey) this.keys.getPublic())
			.privateKey((RSAPrivateKey) this.keys.getPrivate())
			.keyID(keyId)
			.build();
		this.jwk = jwk;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * A signed token for a user with the given roles; extra claims such as
	 * {@code locations}.
	 */
	public String issue(UUID subject, String name, Collection<Role> roles, Map<String, Object> extraClaims,
			Duration lifetime) {
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.policy.issuer())
			.audience(List.of(this.policy.audience()))
			.subject(subject.toString())
			.issuedAt(now)
			.expiresAt(now.plus(lifetime))
			.claim("name", name)
			.claim(SecurityConfiguration.ROLES_CLAIM, roles.stream().map(Role::name).toList());
		extraClaims.forEach(claims::claim);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
	}

	/** The public key as a JWK set, as an identity provider serves it. */
	JWKSet publicJwks() {
		return new JWKSet(this.jwk.toPublicJWK());
	}

	RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keys.getPublic();
	}

	static KeyPair freshKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

}
