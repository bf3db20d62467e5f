package io.slotwise.platform.security;

import java.time.Clock;

/**
 * Issuers that the application does not trust, for negative tests.
 */
public final class TestIssuers {

	private TestIssuers() {
	}

	/** Same issuer name and audience as the test profile, but its own signing key. */
	public static LocalTokenIssuer foreignKey() {
		return new LocalTokenIssuer(new TokenPolicy("slotwise-test", "slotwise"), Clock.systemUTC());
	}

	/**
	 * The test profile's key material is irrelevant here: a wrong audience must be
	 * refused.
	 */
	public static LocalTokenIssuer wrongAudience() {
		return new LocalTokenIssuer(new TokenPolicy("slotwise-test", "someone-else"), Clock.systemUTC());
	}

}
