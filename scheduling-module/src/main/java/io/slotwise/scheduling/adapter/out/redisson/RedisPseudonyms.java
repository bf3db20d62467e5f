package io.slotwise.scheduling.adapter.out.redisson;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms for identifiers that end up in Redis keys and set members (patients as
 * holders and as resources, signed-in viewers), and sealed values for the ids a hold must
 * give back: HMAC-SHA256 with a configured key, so a Redis dump, a MONITOR session or a
 * managed provider's logs show no patient id, and nobody without the key can test a
 * guessed id against them. The same id always gives the same pseudonym, which is all the
 * hold scripts need.
 */
@Component
class RedisPseudonyms {

	static final String PROPERTY = "slotwise.privacy.pseudonym-key";

	private final SecretKeySpec key;

	private final SealedValues values;

	RedisPseudonyms(@Value("${" + PROPERTY + ":}") String encoded) {
		if (encoded.isBlank()) {
			throw new IllegalStateException(PROPERTY + " is not set. Patient ids in Redis keys are pseudonymised with"
					+ " HMAC-SHA256: set it to a base64-encoded key of at least 256 bits (e.g. `openssl rand -base64"
					+ " 32`), from a secret store in production. The demo and test profiles have their own keys.");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(PROPERTY + " is not valid base64", ex);
		}
		if (bytes.length < 32) {
			throw new IllegalStateException(PROPERTY + " must have at least 256 bits; it has " + bytes.length * 8);
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		this.values = new SealedValues(this.key);
	}

	/**
	 * An id a hold keeps as a value and needs back, sealed ({@link SealedValues}): the
	 * same id, the same text.
	 */
	String seal(Object id) {
		return this.values.seal(id.toString());
	}

	/** The id {@link #seal} sealed. */
	UUID open(String sealed) {
		return UUID.fromString(this.values.open(sealed));
	}

	/** 128 bits of the HMAC, URL-safe base64: short keys, no practical collisions. */
	String of(Object id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal(id.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
