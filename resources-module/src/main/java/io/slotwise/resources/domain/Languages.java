package io.slotwise.resources.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Languages are ISO 639-1 two-letter codes (e.g. {@code en}, {@code es}, {@code zh}), the
 * set the JDK knows.
 */
public final class Languages {

	private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

	private Languages() {
	}

	public static boolean known(String code) {
		return code != null && CODES.contains(code);
	}

}
