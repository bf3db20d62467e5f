package io.slotwise.scheduling.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarConnectionDetails;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;

/**
 * One practitioner's link to one external calendar. It decides its own transitions: a
 * revoked grant disconnects it, a new grant reconnects it, and only a connected calendar
 * counts for conflicts.
 *
 * @param lastSyncedAt when busy times were last fetched successfully
 * @param lastError why the last sync or refresh failed; cleared by the next success
 */
public record CalendarConnection(ConnectionId id, PractitionerId practitioner, CalendarKind kind,
		ConnectionStatus status, Duration buffer, CalendarSecrets secrets, Optional<Instant> lastSyncedAt,
		Optional<String> lastError) {

	/** The most a practitioner may block around each busy interval. */
	public static final Duration MAX_BUFFER = Duration.ofHours(4);

	public CalendarConnection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(practitioner, "practitioner");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(secrets, "secrets");
		if (buffer.isNegative() || buffer.compareTo(MAX_BUFFER) > 0) {
			throw new IllegalArgumentException("A buffer is between 0 and " + MAX_BUFFER);
		}
		if ((kind == CalendarKind.ICAL_FEED) != (secrets instanceof CalendarSecrets.FeedUrl)) {
			throw new IllegalArgumentException("A feed has a URL, an OAuth calendar has tokens");
		}
	}

	public static CalendarConnection connected(ConnectionId id, PractitionerId practitioner, CalendarKind kind,
			Duration buffer, CalendarSecrets secrets) {
		return new CalendarConnection(id, practitioner, kind, ConnectionStatus.CONNECTED, buffer, secrets,
				Optional.empty(), Optional.empty());
	}

	public boolean counts() {
		return this.status == ConnectionStatus.CONNECTED;
	}

	public CalendarConnection synced(Instant at) {
		return new CalendarConnection(this.id, this.practitioner, this.kind, this.status, this.buffer, this.secrets,
				Optional.of(at), Optional.empty());
	}

	/**
	 * A transient failure: the last good busy data stays in use and is flagged stale
	 * later.
	 */
	public CalendarConnection failed(String error) {
		return new CalendarConnection(this.id, this.practitioner, this.kind, this.status, this.buffer, this.secrets,
				this.lastSyncedAt, Optional.of(error));
	}

	/** The provider answered invalid_grant or revoked access. */
	public CalendarConnection disconnected(String reason) {
		return new CalendarConnection(this.id, this.practitioner, this.kind, ConnectionStatus.DISCONNECTED, this.buffer,
				this.secrets, this.lastSyncedAt, Optional.of(reason));
	}

	/**
	 * New tokens, from a refresh or a new authorization; a disconnected calendar counts
	 * again.
	 */
	public CalendarConnection granted(CalendarSecrets.Tokens tokens) {
		return new CalendarConnection(this.id, this.practitioner, this.kind, ConnectionStatus.CONNECTED, this.buffer,
				tokens, this.lastSyncedAt, Optional.empty());
	}

	/** Whether its access token must be refreshed before the given instant. */
	public boolean expiresBefore(Instant instant) {
		return this.secrets instanceof CalendarSecrets.Tokens tokens && tokens.expiresAt().isBefore(instant);
	}

	public CalendarConnectionDetails details() {
		return new CalendarConnectionDetails(this.id, this.practitioner, this.kind, this.status, this.buffer,
				this.lastSyncedAt, this.lastError);
	}

}
