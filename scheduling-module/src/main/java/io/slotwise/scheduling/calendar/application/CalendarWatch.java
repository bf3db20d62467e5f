package io.slotwise.scheduling.calendar.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.calendar.CalendarCaller;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.WatchCalendars;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Watches a practitioner's connections by reading them from PostgreSQL every
 * {@code watch-interval}: the refresh job that disconnects a calendar may run on any
 * instance, and an in-memory event would reach only that instance's subscribers. One
 * small indexed query per subscriber and interval bounds the cost.
 */
@Service
class CalendarWatch implements WatchCalendars {

	private final CalendarConnections connections;

	private final CalendarAccess access;

	private final CalendarSettings settings;

	CalendarWatch(CalendarConnections connections, CalendarAccess access, CalendarSettings settings) {
		this.connections = connections;
		this.access = access;
		this.settings = settings;
	}

	@Override
	public Outcome<Flux<CalendarConnectionDetails>> changes(CalendarCaller caller, PractitionerId practitioner) {
		if (!this.access.mayManage(caller, practitioner)) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "You may not watch this practitioner's calendars");
		}
		Map<ConnectionId, State> seen = new HashMap<>();
		this.connections.of(List.of(practitioner))
			.forEach((connection) -> seen.put(connection.id(), State.of(connection)));
		return Outcome.done(Flux.interval(this.settings.watchInterval())
			.onBackpressureDrop()
			.publishOn(Schedulers.boundedElastic())
			.concatMapIterable((tick) -> changed(practitioner, seen)));
	}

	private List<CalendarConnectionDetails> changed(PractitionerId practitioner, Map<ConnectionId, State> seen) {
		return this.connections.of(List.of(practitioner))
			.stream()
			.filter((connection) -> !State.of(connection).equals(seen.put(connection.id(), State.of(connection))))
			.map(CalendarConnection::details)
			.toList();
	}

	/** What a subscriber is told about. */
	private record State(ConnectionStatus status, Optional<String> error) {

		static State of(CalendarConnection connection) {
			return new State(connection.status(), connection.lastError());
		}

	}

}
