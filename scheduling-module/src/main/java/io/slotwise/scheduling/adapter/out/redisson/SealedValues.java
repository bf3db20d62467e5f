package io.slotwise.scheduling.adapter.out.redisson;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic authenticated encryption of identifiers that a hold keeps in Redis as
 * values and must give back (the holder, a patient claimed as a resource): AES-256-GCM
 * whose 96-bit nonce is an HMAC-SHA256 of the plaintext (a synthetic IV, as in AES-SIV),
 * both keys derived from the configured pseudonym key. The same id always seals to the
 * same text, so the hold scripts' equality checks ({@code holder == ARGV}) work on sealed
 * values unchanged; a Redis dump shows no patient id; a value altered in Redis fails to
 * open instead of naming someone else. Equal ids show as equal values: that is all a
 * reader without the key learns, the same as from the keys' pseudonyms.
 * <p>
 * Sealed text is {@code s1.} and URL-safe base64, so it never contains the separators the
 * hold hashes use ({@code , ; / : |}).
 */
final class SealedValues {

	static final String PREFIX = "s1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final byte[] CONTEXT = "slotwise redis value v1".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec nonceKey;

	private final SecretKeySpec encryptionKey;

	/** Keys of their own for each purpose, derived from the configured key. */
	SealedValues(SecretKeySpec configured) {
		this.nonceKey = new SecretKeySpec(derive(configured, "redis value nonce"), "HmacSHA256");
		this.encryptionKey = new SecretKeySpec(derive(configured, "redis value encryption"), "AES");
	}

	String seal(String plain) {
		byte[] text = plain.getBytes(StandardCharsets.UTF_8);
		byte[] nonce = nonce(text);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(CONTEXT);
			byte[] sealed = cipher.doFinal(text);
			byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has AES/GCM", ex);
		}
	}

	/**
	 * The id sealed in {@code value}; an unsealed or tampered value is refused, never
	 * passed on as an id.
	 */
	String open(String value) {
		if (!value.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Not a sealed Redis value");
		}
		byte[] in = Base64.getUrlDecoder().decode(value.substring(PREFIX.length()));
		if (in.length <= NONCE_BYTES) {
			throw new IllegalArgumentException("Not a sealed Redis value");
		}
		byte[] nonce = Arrays.copyOf(in, NONCE_BYTES);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(CONTEXT);
			byte[] text = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
			// the synthetic IV must be the plaintext's own, as sealing made it
			if (!MessageDigest.isEqual(nonce, nonce(text))) {
				throw new IllegalArgumentException("A sealed Redis value does not match its nonce");
			}
			return new String(text, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("A sealed Redis value failed authentication", ex);
		}
	}

	private byte[] nonce(byte[] text) {
		return Arrays.copyOf(mac(this.nonceKey, text), NONCE_BYTES);
	}

	private static byte[] derive(SecretKeySpec configured, String purpose) {
		return mac(configured, purpose.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] mac(SecretKeySpec key, byte[] text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
