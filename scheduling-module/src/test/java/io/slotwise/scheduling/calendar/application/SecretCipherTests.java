package io.slotwise.scheduling.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretCipherTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void roundTripsAndNeverStoresThePlainText() {
		SecretCipher cipher = SecretCipher.fromSettings(settings(KEY));
		byte[] sealed = cipher.encrypt("https://calendar.example/private-token/basic.ics");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private-token");
		assertThat(cipher.decrypt(sealed)).isEqualTo("https://calendar.example/private-token/basic.ics");
		assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
	}

	@Test
	void aTamperedValueDoesNotDecrypt() {
		SecretCipher cipher = SecretCipher.fromSettings(settings(KEY));
		byte[] sealed = cipher.encrypt("refresh-token");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeyStartUpFailsWithAMessageThatSaysWhatToSet() {
		assertThatThrownBy(() -> SecretCipher.fromSettings(settings(null))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("slotwise.calendar.secret-key is not set");
		assertThatThrownBy(() -> SecretCipher.fromSettings(settings("c2hvcnQ=")))
			.hasMessageContaining("128, 192 or 256");
	}

	private static CalendarSettings settings(String key) {
		return new CalendarSettings(key, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
