package io.slotwise.analytics.adapter.in.graphql;

import java.util.List;
import java.util.UUID;

import io.slotwise.analytics.JourneyId;
import io.slotwise.analytics.TrackJourney;
import io.slotwise.analytics.TrackJourney.TrackedStep;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Journey tracking from the client. Ids are bound by Spring's conversion; a malformed one
 * becomes a VALIDATION_FAILED payload error before these methods run.
 */
@Controller
class JourneyMutations {

	private static final int LONGEST_SPECIALTY = 64;

	private final TrackJourney journeys;

	JourneyMutations(TrackJourney journeys) {
		this.journeys = journeys;
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	TrackFunnelStepPayload trackFunnelStep(@Argument TrackFunnelStepInput input) {
		if (input.stepId() == null) {
			// An empty string binds to no id; without one, two steps would collide.
			return new TrackFunnelStepPayload(null, false,
					List.of(new UserError("VALIDATION_FAILED", "stepId must be a UUID", "input.stepId")));
		}
		if (input.specialty() != null && input.specialty().length() > LONGEST_SPECIALTY) {
			return new TrackFunnelStepPayload(null, false, List.of(new UserError("VALIDATION_FAILED",
					"A specialty code has at most " + LONGEST_SPECIALTY + " characters", "input.specialty")));
		}
		JourneyId journey = (input.journeyId() != null) ? input.journeyId() : this.journeys.start();
		boolean recorded = this.journeys.track(journey, new TrackedStep(input.stepId(), input.step(),
				input.locationId(), input.practitionerId(), input.visitTypeId(), input.specialty()));
		return new TrackFunnelStepPayload(journey.value().toString(), recorded, List.of());
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	LinkJourneyPayload linkJourney(@Argument LinkJourneyInput input, Viewer patient) {
		this.journeys.link(input.journeyId(), patient.subject());
		return new LinkJourneyPayload(input.journeyId().value().toString(), List.of());
	}

	/**
	 * @param stepId null when the client sent an empty string
	 */
	record TrackFunnelStepInput(@Nullable JourneyId journeyId, @Nullable UUID stepId, TrackedStep.Kind step,
			@Nullable UUID locationId, @Nullable UUID practitionerId, @Nullable UUID visitTypeId,
			@Nullable String specialty) {

	}

	record TrackFunnelStepPayload(@Nullable String journeyId, boolean recorded, List<UserError> errors) {

	}

	record LinkJourneyInput(JourneyId journeyId) {

	}

	record LinkJourneyPayload(@Nullable String journeyId, List<UserError> errors) {

	}

	/**
	 * An expected failure as the schema's {@code UserError} type.
	 */
	record UserError(String code, String message, @Nullable String field) {

	}

}
