package io.slotwise.scheduling.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.calendar.CalendarSync;
import io.slotwise.scheduling.calendar.ConnectionStatus;

/**
 * Judges how fresh a practitioner's external calendar data is.
 *
 * @param window a counting connection not synced within it is stale
 */
public record Freshness(Duration window) {

	public CalendarSync of(List<CalendarConnection> connections, Instant now) {
		if (connections.isEmpty()) {
			return CalendarSync.none();
		}
		List<CalendarConnection> counting = connections.stream().filter(CalendarConnection::counts).toList();
		Optional<Instant> oldest = counting.stream()
			.map((connection) -> connection.lastSyncedAt().orElse(Instant.MIN))
			.min(Instant::compareTo)
			.filter((instant) -> !instant.equals(Instant.MIN));
		boolean stale = counting.stream()
			.anyMatch((connection) -> connection.lastSyncedAt()
				.map((at) -> at.plus(this.window).isBefore(now))
				.orElse(true));
		boolean outOfSync = connections.stream()
			.anyMatch((connection) -> connection.status() == ConnectionStatus.DISCONNECTED);
		return new CalendarSync(connections.size(), oldest, stale, outOfSync);
	}

}
