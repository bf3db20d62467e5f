package io.slotwise.platform.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The local issuer's key pair, kept in Redis so that every instance of a demo or test
 * deployment signs and accepts the same tokens (ADR 0019): the first instance to start
 * stores a fresh pair if none is there, the others take that one. Demo-only, like the
 * issuer itself; production trusts its identity provider's keys.
 */
final class SharedIssuerKey {

	static final String KEY = "slotwise:platform:local-issuer-key";

	private SharedIssuerKey() {
	}

	/** The shared pair and its key id, created on first use. */
	static LocalTokenIssuer issuer(RedissonClient redis, TokenPolicy policy, java.time.Clock clock) {
		RBucket<String> bucket = redis.getBucket(KEY + ":" + policy.issuer(), StringCodec.INSTANCE);
		bucket.setIfAbsent(encode(LocalTokenIssuer.freshKeyPair()));
		String stored = bucket.get();
		if (stored == null) {
			throw new IllegalStateException("The shared token key vanished from Redis at " + KEY);
		}
		KeyPair keys = decode(stored);
		String keyId = UUID.nameUUIDFromBytes(keys.getPublic().getEncoded()).toString();
		return new LocalTokenIssuer(policy, clock, keys, keyId);
	}

	private static String encode(KeyPair keys) {
		Base64.Encoder base64 = Base64.getEncoder();
		return base64.encodeToString(keys.getPrivate().getEncoded()) + "."
				+ base64.encodeToString(keys.getPublic().getEncoded());
	}

	private static KeyPair decode(String stored) {
		String[] parts = stored.split("\\.", 2);
		Base64.Decoder base64 = Base64.getDecoder();
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(base64.decode(parts[1]))),
					rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(parts[0]))));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException("The shared token key at " + KEY + " cannot be read", ex);
		}
	}

}
