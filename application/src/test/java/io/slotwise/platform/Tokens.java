package io.slotwise.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;

/**
 * Bearer tokens for tests, signed by the in-process issuer of the test profile.
 */
public record Tokens(LocalTokenIssuer issuer) {

	public String bearer(UUID user, Role... roles) {
		return "Bearer " + this.issuer.issue(user, "Test " + roles[0], List.of(roles), Map.of(), Duration.ofMinutes(5));
	}

	public String bearer(Role... roles) {
		return bearer(UUID.randomUUID(), roles);
	}

}
