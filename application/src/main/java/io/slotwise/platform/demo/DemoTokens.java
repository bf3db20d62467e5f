package io.slotwise.platform.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.slotwise.platform.security.LocalTokenIssuer;
import io.slotwise.platform.security.Role;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.PractitionerId;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hands out tokens for the demo users, so a newcomer can try every role from GraphiQL.
 * Exists only in the {@code demo} profile; a test proves it is absent otherwise. The
 * front desk works where the demo practitioner works: its token's {@code locations} claim
 * names those real demo locations, as a production identity provider would name a staff
 * member's clinics.
 */
@RestController
@Profile("demo")
class DemoTokens {

	private static final Duration LIFETIME = Duration.ofHours(8);

	private final LocalTokenIssuer issuer;

	private final FindPractitioners practitioners;

	DemoTokens(LocalTokenIssuer issuer, FindPractitioners practitioners) {
		this.issuer = issuer;
		this.practitioners = practitioners;
	}

	@GetMapping("/demo/tokens")
	List<Map<String, Object>> users() {
		return Arrays.stream(DemoUser.values())
			.map((user) -> Map.<String, Object>of("login", user.login(), "name", user.displayName(), "id", user.id(),
					"roles", user.roles(), "token", "/demo/tokens/" + user.login()))
			.toList();
	}

	@GetMapping("/demo/tokens/{login}")
	Map<String, String> token(@PathVariable String login) {
		DemoUser user = Arrays.stream(DemoUser.values())
			.filter((candidate) -> candidate.login().equals(login))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No demo user " + login));
		String token = this.issuer.issue(user.id(), user.displayName(), user.roles(), claims(user), LIFETIME);
		return Map.of("user", user.login(), "authorization", "Bearer " + token);
	}

	private Map<String, Object> claims(DemoUser user) {
		if (!user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN)) {
			return Map.of();
		}
		List<String> clinics = this.practitioners.practitioner(new PractitionerId(DemoUser.PRACTITIONER.id()))
			.map((practitioner) -> practitioner.locations()
				.stream()
				.map((id) -> id.value().toString())
				.sorted()
				.toList())
			.orElse(List.of());
		return Map.of("locations", clinics);
	}

}
