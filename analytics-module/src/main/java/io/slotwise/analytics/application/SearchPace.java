package io.slotwise.analytics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.domain.FunnelFacts;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.search.BookingPace;
import io.slotwise.scheduling.search.BookingPaces;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking pace patients see in search, drawn only from stored journeys and withheld
 * below the minimum sample: a figure from three journeys would say more than it knows.
 */
@Service
@Transactional(readOnly = true)
class SearchPace implements BookingPaces {

	private final FunnelFacts facts;

	private final AnalyticsSettings settings;

	private final Clock clock;

	SearchPace(FunnelFacts facts, AnalyticsSettings settings, Clock clock) {
		this.facts = facts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Map<PractitionerId, BookingPace> paces(Collection<PractitionerId> practitioners) {
		Instant now = this.clock.instant();
		Instant since = now.minus(Duration.ofDays(this.settings.windowDays()));
		Map<UUID, FunnelReport.TimeToBook> found = this.facts.timeToBookPerPractitioner(
				practitioners.stream().map(PractitionerId::value).distinct().toList(), since, now);
		Map<PractitionerId, BookingPace> paces = new HashMap<>();
		found.forEach((practitioner, time) -> {
			if (time.journeys() >= this.settings.minimumSample() && time.median() != null) {
				paces.put(new PractitionerId(practitioner),
						new BookingPace(Math.toIntExact(time.journeys()), time.median(), since));
			}
		});
		return paces;
	}

}
