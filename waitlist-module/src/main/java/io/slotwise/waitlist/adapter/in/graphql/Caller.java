package io.slotwise.waitlist.adapter.in.graphql;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls a waitlist operation, from the verified token only: the patient is the
 * token's subject, a staff member's locations its {@code locations} claim.
 */
record Caller(PatientId patient, Requester requester) {

	/**
	 * Read on the calling thread: a subscription must resolve it before its stream is
	 * handed over, where no authentication is visible any more.
	 */
	static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
			// @PreAuthorize runs first; an operation without a caller never gets here.
			throw new AccessDeniedException("This operation needs a signed-in caller");
		}
		UUID subject = UUID.fromString(token.getSubject());
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		Requester.Standing standing = roles.contains("ADMIN") ? Requester.Standing.ADMIN
				: roles.contains("STAFF") ? Requester.Standing.STAFF : Requester.Standing.PATIENT;
		Set<LocationId> locations = Optional.ofNullable(token.getClaimAsStringList("locations"))
			.orElse(List.of())
			.stream()
			.map(LocationId::of)
			.collect(Collectors.toSet());
		return new Caller(new PatientId(subject), new Requester(subject, standing, locations));
	}

}
