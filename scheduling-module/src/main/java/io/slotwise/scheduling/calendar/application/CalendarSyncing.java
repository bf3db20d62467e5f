package io.slotwise.scheduling.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.calendar.CalendarEvent;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.BusyTimes;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fetches busy times into the cache: on a schedule for every connected calendar, and on
 * demand. A failure keeps the previous data (flagged stale once it ages); a revoked grant
 * disconnects the calendar.
 */
@Component
class CalendarSyncing {

	private static final Logger log = LoggerFactory.getLogger(CalendarSyncing.class);

	private final Map<CalendarKind, ExternalCalendars> providers;

	private final CalendarConnections connections;

	private final BusyCache cache;

	private final WrittenEvents written;

	private final CalendarSettings settings;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConnectedPractitioners connected;

	CalendarSyncing(List<ExternalCalendars> providers, CalendarConnections connections, BusyCache cache,
			WrittenEvents written, CalendarSettings settings, TransactionOperations transactions,
			ApplicationEventPublisher events, Clock clock, ConnectedPractitioners connected) {
		this.connected = connected;
		this.providers = providers.stream().collect(Collectors.toMap(ExternalCalendars::kind, Function.identity()));
		this.connections = connections;
		this.cache = cache;
		this.written = written;
		this.settings = settings;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${slotwise.calendar.sync-interval:PT10M}",
			fixedDelayString = "${slotwise.calendar.sync-interval:PT10M}")
	void syncAll() {
		List<CalendarConnection> counting = this.connections.counting();
		this.connected.reconcile(counting.stream().map((connection) -> connection.practitioner().value()).toList());
		counting.forEach(this::sync);
	}

	/** Fetches one calendar; the provider adapter bounds the wait. */
	CalendarConnection sync(CalendarConnection connection) {
		ExternalCalendars provider = this.providers.get(connection.kind());
		if (provider == null || !connection.counts()) {
			return connection;
		}
		Instant now = this.clock.instant();
		TimeRange window = new TimeRange(now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(this.settings.syncDays())));
		return switch (provider.busy(connection, window)) {
			case ExternalCalendars.Fetch.Busy(List<TimeRange> intervals) -> stored(connection.synced(now), window,
					BusyTimes.without(intervals, this.written.ours(connection.id(), window)));
			case ExternalCalendars.Fetch.Failed(String reason) -> {
				log.warn("Calendar {} of practitioner {} did not sync: {}", connection.id().value(),
						connection.practitioner().value(), reason);
				CalendarConnection failed = connection.failed(reason);
				this.connections.save(failed);
				yield failed;
			}
			case ExternalCalendars.Fetch.Revoked(String reason) -> disconnect(connection, reason);
		};
	}

	/**
	 * Stops a calendar counting: its busy times no longer block, its practitioner is
	 * told.
	 */
	CalendarConnection disconnect(CalendarConnection connection, String reason) {
		CalendarConnection disconnected = connection.disconnected(reason);
		this.transactions.executeWithoutResult((tx) -> {
			this.connections.save(disconnected);
			this.events.publishEvent(new CalendarEvent.Disconnected(connection.id(), connection.practitioner(), reason,
					this.clock.instant()));
		});
		log.warn("Calendar {} of practitioner {} disconnected: {}", connection.id().value(),
				connection.practitioner().value(), reason);
		return disconnected;
	}

	private CalendarConnection stored(CalendarConnection synced, TimeRange window, List<TimeRange> intervals) {
		this.transactions.executeWithoutResult((tx) -> {
			this.cache.replace(synced.id(), window, intervals);
			this.connections.save(synced);
			this.events.publishEvent(
					new CalendarEvent.BusyTimesChanged(synced.id(), synced.practitioner(), this.clock.instant()));
		});
		return synced;
	}

}
