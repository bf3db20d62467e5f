package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.calendar.CalendarCaller;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Resolves a {@link CalendarCaller} parameter from the verified token, the way
 * {@link CallerArguments} resolves a requester: a practitioner's subject is their
 * practitioner id.
 */
@Component
class CalendarCallerArguments implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CalendarCaller.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
			throw new AccessDeniedException("This operation needs a signed-in caller");
		}
		Requester requester = CallerArguments.requester(token);
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		return new CalendarCaller(requester.id(), requester.standing() == Requester.Standing.ADMIN,
				roles.contains("PRACTITIONER"),
				(requester.standing() == Requester.Standing.STAFF) ? requester.locations() : java.util.Set.of());
	}

}
