package io.slotwise.scheduling.calendar.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarSync;
import io.slotwise.scheduling.calendar.CalendarSyncStatus;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.Freshness;

import org.springframework.stereotype.Service;

/**
 * Answers how fresh each practitioner's external calendar data is, in one query for many.
 */
@Service
class CalendarFreshness implements CalendarSyncStatus {

	private final CalendarConnections connections;

	private final Freshness freshness;

	private final Clock clock;

	CalendarFreshness(CalendarConnections connections, CalendarSettings settings, Clock clock) {
		this.connections = connections;
		this.freshness = new Freshness(settings.freshness());
		this.clock = clock;
	}

	@Override
	public Map<PractitionerId, CalendarSync> syncOf(Collection<PractitionerId> practitioners) {
		Map<PractitionerId, List<CalendarConnection>> byPractitioner = this.connections.of(practitioners)
			.stream()
			.collect(Collectors.groupingBy(CalendarConnection::practitioner));
		Instant now = this.clock.instant();
		Map<PractitionerId, CalendarSync> answer = new HashMap<>();
		practitioners.forEach((practitioner) -> answer.put(practitioner,
				this.freshness.of(byPractitioner.getOrDefault(practitioner, List.of()), now)));
		return answer;
	}

}
