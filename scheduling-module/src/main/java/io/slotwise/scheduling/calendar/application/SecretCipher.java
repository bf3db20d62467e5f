package io.slotwise.scheduling.calendar.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts calendar secrets at rest with AES-GCM: a fresh 96-bit nonce per value, stored
 * in front of the ciphertext, and a 128-bit tag, so a tampered value fails to decrypt
 * instead of yielding garbage.
 */
public final class SecretCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(byte[] key) {
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalStateException("slotwise.calendar.secret-key must be a base64-encoded AES key of"
					+ " 128, 192 or 256 bits; it has " + key.length * 8 + " bits");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * The cipher for the configured key; fails start-up with a message that says what to
	 * set when there is none, rather than storing secrets in the clear.
	 */
	public static SecretCipher fromSettings(CalendarSettings settings) {
		String encoded = settings.secretKey();
		if (encoded == null || encoded.isBlank()) {
			throw new IllegalStateException("slotwise.calendar.secret-key is not set. External calendar feed URLs"
					+ " and OAuth tokens are encrypted at rest with AES-GCM: set it to a base64-encoded 256-bit key"
					+ " (e.g. `openssl rand -base64 32`), from a secret store in production. The demo profile"
					+ " has its own key.");
		}
		try {
			return new SecretCipher(Base64.getDecoder().decode(encoded.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("slotwise.calendar.secret-key is not valid base64", ex);
		}
	}

	public byte[] encrypt(String secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public String decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// Wrong key or tampered row: never fall back to anything readable.
			throw new IllegalStateException("A calendar secret could not be decrypted (wrong key or altered data)", ex);
		}
	}

}
