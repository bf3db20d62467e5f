package io.slotwise.resources.adapter.in.graphql;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.CatalogEditor;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Resolves a mutation's {@link CatalogEditor} from the verified token: ADMIN from the
 * {@code roles} claim, a staff member's locations from the {@code locations} claim (the
 * identity provider is the staff directory). A malformed location id in a token counts as
 * no location, never as an error the caller could exploit.
 */
@Component
class EditorArguments implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CatalogEditor.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
			// @PreAuthorize runs first; a mutation without a caller never gets here.
			throw new AccessDeniedException("Changing the catalog needs a signed-in caller");
		}
		UUID id = UUID.fromString(token.getSubject());
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		if (roles.contains("ADMIN")) {
			return CatalogEditor.administrator(id);
		}
		List<String> claimed = Optional.ofNullable(token.getClaimAsStringList("locations")).orElse(List.of());
		return CatalogEditor.staff(id,
				claimed.stream().flatMap(EditorArguments::location).collect(Collectors.toUnmodifiableSet()));
	}

	private static Stream<LocationId> location(String id) {
		try {
			return Stream.of(LocationId.of(id));
		}
		catch (IllegalArgumentException ex) {
			return Stream.empty();
		}
	}

}
