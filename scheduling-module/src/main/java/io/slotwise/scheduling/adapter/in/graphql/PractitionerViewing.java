package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.search.LiveViewers;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.ViewPractitioner;
import io.slotwise.scheduling.adapter.in.graphql.UserErrors.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.jspecify.annotations.Nullable;

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
			@AuthenticationPrincipal @Nullable Jwt caller) {
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
		return ViewPractitionerPayload.of(this.views.view(input.practitionerId(), viewer));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	LiveViewers liveViewers(@Argument PractitionerId practitionerId) {
		return this.views.liveViewers(practitionerId);
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return (text == null) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record ViewPractitionerInput(PractitionerId practitionerId, @Nullable String visitorId) {
	}

	record ViewPractitionerPayload(@Nullable LiveViewers liveViewers, List<UserError> errors) {

		static ViewPractitionerPayload of(LiveViewers viewers) {
			return new ViewPractitionerPayload(viewers, List.of());
		}

		static ViewPractitionerPayload failed(String field, String message) {
			return new ViewPractitionerPayload(null,
					List.of(UserErrors.of(Problem.inField("input." + field, Problem.Code.VALIDATION_FAILED, message))));
		}

	}

}
