package io.slotwise.platform.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local issuer's key pair, kept in PostgreSQL so that every instance of a demo or
 * test deployment signs and accepts the same tokens (ADR 0019): the first instance to
 * start stores a fresh pair, the others (and later restarts) take that one. In the
 * database rather than Redis because a Redis restart without persistence would hand a
 * restarted instance a different key than its running peers. Demo-only, like the issuer
 * itself; production trusts its identity provider's keys.
 */
final class SharedIssuerKey {

	private SharedIssuerKey() {
	}

	/** The shared pair of the policy's issuer, created on first use. */
	static LocalTokenIssuer issuer(JdbcTemplate jdbc, TokenPolicy policy, Clock clock) {
		KeyPair fresh = LocalTokenIssuer.freshKeyPair();
		Base64.Encoder base64 = Base64.getEncoder();
		jdbc.update(
				"insert into local_issuer_key (issuer, private_key, public_key) values (?, ?, ?) on conflict do nothing",
				policy.issuer(), base64.encodeToString(fresh.getPrivate().getEncoded()),
				base64.encodeToString(fresh.getPublic().getEncoded()));
		KeyPair keys = jdbc.queryForObject("select private_key, public_key from local_issuer_key where issuer = ?",
				(row, number) -> decode(row.getString(1), row.getString(2)), policy.issuer());
		if (keys == null) {
			throw new IllegalStateException("No shared token key for issuer " + policy.issuer());
		}
		String keyId = UUID.nameUUIDFromBytes(keys.getPublic().getEncoded()).toString();
		return new LocalTokenIssuer(policy, clock, keys, keyId);
	}

	private static KeyPair decode(String privateKey, String publicKey) {
		Base64.Decoder base64 = Base64.getDecoder();
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey))),
					rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey))));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException("The shared token key cannot be read", ex);
		}
	}

}
