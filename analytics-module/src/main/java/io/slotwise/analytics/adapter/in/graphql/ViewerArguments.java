package io.slotwise.analytics.adapter.in.graphql;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Resolves a {@link Viewer} parameter from the token: roles from {@code roles}, a staff
 * member's locations from {@code locations}. Never from a free-form argument.
 */
@Component
class ViewerArguments implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Viewer.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
			// @PreAuthorize runs first; an operation without a caller never gets here.
			throw new AccessDeniedException("This operation needs a signed-in caller");
		}
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		Set<UUID> locations = Optional.ofNullable(token.getClaimAsStringList("locations"))
			.orElse(List.of())
			.stream()
			.map(UUID::fromString)
			.collect(Collectors.toSet());
		return new Viewer(UUID.fromString(token.getSubject()), roles.contains("ADMIN") ? null : locations);
	}

}
