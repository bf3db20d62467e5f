package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.LiveViewers;
import io.slotwise.scheduling.ViewPractitioner;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

/**
 * Records practitioner page views and exposes the live viewer count. A signed-in viewer
 * is identified by their token's subject; an anonymous one by the visitor id their
 * browser keeps, so reloads never inflate the count.
 */
@Controller
class PractitionerViewing {

	private final ViewPractitioner views;

	PractitionerViewing(ViewPractitioner views) {
		this.views = views;
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	ViewPractitionerPayload viewPractitioner(@Argument ViewPractitionerInput input,
			@AuthenticationPrincipal Jwt caller) {
		UUID practitioner = uuid(input.practitionerId());
		if (practitioner == null) {
			return ViewPractitionerPayload.failed("practitionerId", "practitionerId must be a UUID");
		}
		String viewer;
		if (caller != null) {
			viewer = "user:" + caller.getSubject();
		}
		else if (uuid(input.visitorId()) != null) {
			viewer = "visitor:" + input.visitorId();
		}
		else {
			return ViewPractitionerPayload.failed("visitorId", "Anonymous viewers must send a visitorId (a UUID)");
		}
		return ViewPractitionerPayload.of(this.views.view(new PractitionerId(practitioner), viewer));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	LiveViewers liveViewers(@Argument String practitionerId) {
		UUID practitioner = uuid(practitionerId);
		if (practitioner == null) {
			throw new IllegalArgumentException("practitionerId must be a UUID");
		}
		return this.views.liveViewers(new PractitionerId(practitioner));
	}

	private static UUID uuid(String text) {
		try {
			return (text == null) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record ViewPractitionerInput(String practitionerId, String visitorId) {
	}

	record ViewPractitionerPayload(LiveViewers liveViewers, List<Map<String, String>> errors) {

		static ViewPractitionerPayload of(LiveViewers viewers) {
			return new ViewPractitionerPayload(viewers, List.of());
		}

		static ViewPractitionerPayload failed(String field, String message) {
			return new ViewPractitionerPayload(null,
					List.of(Map.of("code", "VALIDATION_FAILED", "message", message, "field", "input." + field)));
		}

	}

}
