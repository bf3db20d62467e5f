package io.slotwise.scheduling.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.CalendarSync;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import org.junit.jupiter.api.Test;

class CalendarConnectionTests {

	private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");

	private final CalendarConnection google = CalendarConnection.connected(new ConnectionId(UUID.randomUUID()),
			new PractitionerId(UUID.randomUUID()), CalendarKind.GOOGLE, Duration.ofMinutes(15),
			new CalendarSecrets.Tokens("access-1", "refresh-1", NOW.plus(Duration.ofMinutes(20))));

	@Test
	void aRejectedGrantDisconnectsAndANewGrantReconnects() {
		CalendarConnection revoked = this.google.disconnected("invalid_grant");
		assertThat(revoked.counts()).isFalse();
		assertThat(revoked.lastError()).contains("invalid_grant");
		CalendarConnection back = revoked
			.granted(new CalendarSecrets.Tokens("access-2", "refresh-2", NOW.plus(Duration.ofHours(1))));
		assertThat(back.status()).isEqualTo(ConnectionStatus.CONNECTED);
		assertThat(back.lastError()).isEmpty();
	}

	@Test
	void aTokenIsDueWhenItExpiresBeforeTheNextRun() {
		assertThat(this.google.expiresBefore(NOW.plus(Duration.ofMinutes(35)))).isTrue();
		assertThat(this.google.expiresBefore(NOW.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void secretsNeverShowInText() {
		assertThat(this.google.toString()).doesNotContain("access-1").doesNotContain("refresh-1");
		assertThat(new CalendarSecrets.FeedUrl("https://example.test/private/abc").toString()).doesNotContain("abc");
	}

	@Test
	void freshnessFlagsStaleAndOutOfSyncCalendars() {
		Freshness freshness = new Freshness(Duration.ofMinutes(30));
		CalendarConnection synced = this.google.synced(NOW.minus(Duration.ofMinutes(5)));
		assertThat(freshness.of(List.of(synced), NOW))
			.isEqualTo(new CalendarSync(1, java.util.Optional.of(NOW.minus(Duration.ofMinutes(5))), false, false));
		assertThat(freshness.of(List.of(synced), NOW.plus(Duration.ofMinutes(40))).stale()).isTrue();
		assertThat(freshness.of(List.of(synced.disconnected("revoked")), NOW).outOfSync()).isTrue();
		assertThat(freshness.of(List.of(), NOW)).isEqualTo(CalendarSync.none());
	}

}
