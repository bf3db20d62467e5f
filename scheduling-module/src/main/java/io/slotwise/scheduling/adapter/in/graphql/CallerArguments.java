package io.slotwise.scheduling.adapter.in.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.PatientId;
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
 * Resolves who is calling, once, for every scheduling operation: a controller method
 * declares a {@link Requester} (roles and staff locations), a {@link PatientId} (the
 * signed-in patient) or a {@link CalendarCaller} parameter and gets it from the verified
 * token. The acting patient never comes from a free-form argument.
 */
@Component
class CallerArguments implements HandlerMethodArgumentResolver {

	private static final Set<Class<?>> CALLERS = Set.of(Requester.class, PatientId.class, CalendarCaller.class);

	private final ManageDependents dependents;

	CallerArguments(ManageDependents dependents) {
		this.dependents = dependents;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CALLERS.contains(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		Jwt token = token();
		Class<?> wanted = parameter.getParameterType();
		if (wanted == Requester.class) {
			return withWards(requester(token));
		}
		return (wanted == PatientId.class) ? patient(token) : calendarCaller(token);
	}

	/**
	 * A patient also acts for their dependents (issue 11), wherever the patient rule is
	 * checked; staff and administrators are judged by their locations alone.
	 */
	private Requester withWards(Requester requester) {
		return (requester.standing() == Requester.Standing.PATIENT)
				? requester.withWards(this.dependents.wardsOf(new PatientId(requester.id()))) : requester;
	}

	/** A practitioner's token subject is their practitioner id. */
	private static CalendarCaller calendarCaller(Jwt token) {
		Requester requester = requester(token);
		List<String> roles = Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of());
		return new CalendarCaller(requester.id(), requester.standing() == Requester.Standing.ADMIN,
				roles.contains("PRACTITIONER"),
				(requester.standing() == Requester.Standing.STAFF) ? requester.locations() : Set.of());
	}

	static PatientId patient(Jwt caller) {
		return new PatientId(UUID.fromString(caller.getSubject()));
	}

	private static Jwt token() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt token)) {
			// @PreAuthorize runs first; an operation without a caller never gets here.
			throw new AccessDeniedException("This operation needs a signed-in caller");
		}
		return token;
	}

	/**
	 * The caller's standing from the token: roles from {@code roles}, a staff member's
	 * locations from {@code locations}.
	 */
	static Requester requester(Jwt caller) {
		List<String> roles = Optional.ofNullable(caller.getClaimAsStringList("roles")).orElse(List.of());
		Requester.Standing standing = roles.contains("ADMIN") ? Requester.Standing.ADMIN
				: roles.contains("STAFF") ? Requester.Standing.STAFF : Requester.Standing.PATIENT;
		Collection<String> locations = Optional.ofNullable(caller.getClaimAsStringList("locations")).orElse(List.of());
		Set<LocationId> where = locations.stream().map(LocationId::of).collect(Collectors.toSet());
		return new Requester(UUID.fromString(caller.getSubject()), standing, where);
	}

}
