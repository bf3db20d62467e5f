package io.slotwise.scheduling.adapter.in.graphql;

import java.net.URI;
import java.util.List;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.calendar.AppointmentFeeds;
import io.slotwise.scheduling.calendar.CalendarCaller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Issues, rotates and revokes a practitioner's private appointment feed URL.
 */
@Controller
class AppointmentFeedControls {

	private final AppointmentFeeds feeds;

	AppointmentFeedControls(AppointmentFeeds feeds) {
		this.feeds = feeds;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	FeedPayload issueAppointmentFeed(@Argument FeedInput input, CalendarCaller caller) {
		Outcome<URI> issued = this.feeds.issueFeed(caller, input.practitionerId());
		return new FeedPayload((issued instanceof Outcome.Done<URI>(URI url)) ? url.toString() : null,
				UserErrors.of(issued, Paths.INPUT));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PRACTITIONER', 'STAFF', 'ADMIN')")
	RevokePayload revokeAppointmentFeed(@Argument FeedInput input, CalendarCaller caller) {
		Outcome<Boolean> revoked = this.feeds.revokeFeed(caller, input.practitionerId());
		return new RevokePayload((revoked instanceof Outcome.Done<Boolean>(Boolean was)) ? was : null,
				UserErrors.of(revoked, Paths.INPUT));
	}

	record FeedInput(PractitionerId practitionerId) {
	}

	record FeedPayload(@Nullable String feedUrl, List<UserErrors.UserError> errors) {
	}

	record RevokePayload(@Nullable Boolean revoked, List<UserErrors.UserError> errors) {
	}

}
