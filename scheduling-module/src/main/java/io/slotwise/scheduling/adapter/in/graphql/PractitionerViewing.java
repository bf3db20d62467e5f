package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.search.LiveViewers;
import io.slotwise.scheduling.search.VisitorIds;
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
 * is identified by their token's subject; an anonymous one by a visitor id this server
 * issued and signed (issueVisitorId), kept by their browser, so neither reloads nor
 * made-up ids inflate the count.
 */
@Controller
class PractitionerViewing {

	private final ViewPractitioner views;

	private final VisitorIds visitorIds;

	PractitionerViewing(ViewPractitioner views, VisitorIds visitorIds) {
		this.views = views;
		this.visitorIds = visitorIds;
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	IssueVisitorIdPayload issueVisitorId() {
		return new IssueVisitorIdPayload(this.visitorIds.issue());
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	ViewPractitionerPayload viewPractitioner(@Argument ViewPractitionerInput input,
			@AuthenticationPrincipal @Nullable Jwt caller) {
		String viewer;
		if (caller != null) {
			viewer = "user:" + caller.getSubject();
		}
		else if (input.visitorId() != null && this.visitorIds.isGenuine(input.visitorId())) {
			viewer = "visitor:" + input.visitorId();
		}
		else {
			return ViewPractitionerPayload.failed("visitorId",
					"Anonymous viewers must send a visitorId issued by issueVisitorId");
		}
		return ViewPractitionerPayload.of(this.views.view(input.practitionerId(), viewer));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	LiveViewers liveViewers(@Argument PractitionerId practitionerId) {
		return this.views.liveViewers(practitionerId);
	}

	/** A signed anonymous visitor id for the browser to keep. */
	record IssueVisitorIdPayload(String visitorId) {
	}

	record ViewPractitionerInput(PractitionerId practitionerId, @Nullable String visitorId) {
	}

	record ViewPractitionerPayload(@Nullable LiveViewers liveViewers, List<UserError> errors) {

		static ViewPractitionerPayload of(Outcome<LiveViewers> viewers) {
			return new ViewPractitionerPayload(Payloads.value(viewers),
					UserErrors.of(viewers, (field) -> "input." + field));
		}

		static ViewPractitionerPayload failed(String field, String message) {
			return new ViewPractitionerPayload(null,
					List.of(UserErrors.of(Problem.inField("input." + field, Problem.Code.VALIDATION_FAILED, message))));
		}

	}

}
