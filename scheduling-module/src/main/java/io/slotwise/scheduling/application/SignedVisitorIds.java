package io.slotwise.scheduling.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.slotwise.scheduling.search.VisitorIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code v1.<uuid>.<HMAC-SHA256 of the uuid, 128 bits, base64url>}. The key is
 * {@code slotwise.viewing.visitor-key} (base64, 32 bytes); every instance needs the same
 * one. Without it each process makes its own, which is fine for one instance and the demo
 * and says so in the log.
 */
@Component
class SignedVisitorIds implements VisitorIds {

	private static final Logger log = LoggerFactory.getLogger(SignedVisitorIds.class);

	private static final String VERSION = "v1.";

	private static final int SIGNATURE_BYTES = 16;

	private static final int MAX_LENGTH = 100;

	private final SecretKeySpec key;

	SignedVisitorIds(@Value("${slotwise.viewing.visitor-key:}") String configured) {
		byte[] bytes;
		if (configured.isBlank()) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			log.warn("slotwise.viewing.visitor-key is not set: anonymous visitor ids are valid on this instance only");
		}
		else {
			bytes = Base64.getDecoder().decode(configured);
			if (bytes.length < 32) {
				throw new IllegalArgumentException("slotwise.viewing.visitor-key must be at least 32 bytes (base64)");
			}
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	@Override
	public String issue() {
		String id = UUID.randomUUID().toString();
		return VERSION + id + "." + signature(id);
	}

	@Override
	public boolean isGenuine(String visitorId) {
		if (visitorId.length() > MAX_LENGTH || !visitorId.startsWith(VERSION)) {
			return false;
		}
		String[] parts = visitorId.substring(VERSION.length()).split("\\.", -1);
		return parts.length == 2 && MessageDigest.isEqual(signature(parts[0]).getBytes(StandardCharsets.US_ASCII),
				parts[1].getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] full = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
