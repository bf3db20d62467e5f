package io.slotwise.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.slotwise.analytics.JourneyId;
import io.slotwise.analytics.TrackJourney;
import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFacts;
import io.slotwise.analytics.domain.Journeys;
import io.slotwise.analytics.domain.Pseudonyms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journeys and the steps only the client sees. A step's fact id comes from the journey
 * and the client's step id, so a retried request records it once.
 */
@Service
@Transactional
class JourneyTracking implements TrackJourney {

	private final Journeys journeys;

	private final FunnelFacts facts;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	JourneyTracking(Journeys journeys, FunnelFacts facts, Pseudonyms pseudonyms, Clock clock) {
		this.journeys = journeys;
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	@Override
	public JourneyId start() {
		JourneyId journey = JourneyId.random();
		this.journeys.begin(journey.value(), this.clock.instant());
		return journey;
	}

	@Override
	public boolean track(JourneyId journey, TrackedStep step) {
		Instant now = this.clock.instant();
		// A journey id the client made up itself still counts: ids are unguessable UUIDs
		// and carry no identity, so accepting them costs nothing and loses no step.
		this.journeys.begin(journey.value(), now);
		FunnelFact.Kind kind = FunnelFact.Kind.valueOf(step.kind().name());
		return this.facts
			.append(new FunnelFact(FunnelFact.idOf("step", journey.value(), step.id()), now, journey.value(), kind,
					step.location(), step.practitioner(), step.visitType(), step.specialty(), null, null, null, null));
	}

	@Override
	public void link(JourneyId journey, UUID patient) {
		Instant now = this.clock.instant();
		this.journeys.begin(journey.value(), now);
		this.journeys.link(journey.value(), this.pseudonyms.of(patient), now);
	}

}
