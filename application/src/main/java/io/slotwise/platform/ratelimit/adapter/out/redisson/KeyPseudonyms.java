package io.slotwise.platform.ratelimit.adapter.out.redisson;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Users and client addresses appear in Redis keys only by keyed hash (ADR 0017):
 * HMAC-SHA256 with {@code slotwise.privacy.pseudonym-key}, 128 bits, base64url.
 */
final class KeyPseudonyms {

	private final SecretKeySpec key;

	KeyPseudonyms(String encodedKey) {
		this.key = new SecretKeySpec(Base64.getDecoder().decode(encodedKey.trim()), "HmacSHA256");
	}

	String of(String name) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
