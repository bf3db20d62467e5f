package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_CONNECTION;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.CalendarConnectionRecord;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.application.CalendarConnections;
import io.slotwise.scheduling.calendar.application.SecretCipher;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar connections in PostgreSQL; the secret column holds the feed URL or the two
 * tokens, encrypted by {@link SecretCipher}.
 */
@Repository
class JooqCalendarConnections implements CalendarConnections {

	private final DSLContext db;

	private final SecretCipher cipher;

	JooqCalendarConnections(DSLContext db, SecretCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	@Override
	public void save(CalendarConnection connection) {
		Instant expiry = (connection.secrets() instanceof CalendarSecrets.Tokens tokens) ? tokens.expiresAt() : null;
		CalendarConnectionRecord row = this.db.newRecord(CALENDAR_CONNECTION);
		row.setId(connection.id().value());
		row.setPractitionerId(connection.practitioner().value());
		row.setKind(connection.kind().name());
		row.setStatus(connection.status().name());
		row.setBufferMinutes((int) connection.buffer().toMinutes());
		row.setSecret(this.cipher.encrypt(plain(connection.secrets())));
		row.setTokenExpiresAt(utc(expiry));
		row.setLastSyncedAt(utc(connection.lastSyncedAt().orElse(null)));
		row.setLastError(connection.lastError().map((error) -> truncate(error, 500)).orElse(null));
		this.db.insertInto(CALENDAR_CONNECTION)
			.set(row)
			.onConflict(CALENDAR_CONNECTION.ID)
			.doUpdate()
			.set(CALENDAR_CONNECTION.STATUS, row.getStatus())
			.set(CALENDAR_CONNECTION.BUFFER_MINUTES, row.getBufferMinutes())
			.set(CALENDAR_CONNECTION.SECRET, row.getSecret())
			.set(CALENDAR_CONNECTION.TOKEN_EXPIRES_AT, row.getTokenExpiresAt())
			.set(CALENDAR_CONNECTION.LAST_SYNCED_AT, row.getLastSyncedAt())
			.set(CALENDAR_CONNECTION.LAST_ERROR, row.getLastError())
			.execute();
	}

	@Override
	public Optional<CalendarConnection> find(ConnectionId id) {
		return this.db.selectFrom(CALENDAR_CONNECTION)
			.where(CALENDAR_CONNECTION.ID.eq(id.value()))
			.fetchOptional()
			.map(this::connection);
	}

	@Override
	public List<CalendarConnection> of(Collection<PractitionerId> practitioners) {
		return this.db.selectFrom(CALENDAR_CONNECTION)
			.where(CALENDAR_CONNECTION.PRACTITIONER_ID.in(practitioners.stream().map(PractitionerId::value).toList()))
			.orderBy(CALENDAR_CONNECTION.CREATED_AT, CALENDAR_CONNECTION.ID)
			.fetch(this::connection);
	}

	@Override
	public Set<UUID> practitionersWithConnections() {
		return this.db.selectDistinct(CALENDAR_CONNECTION.PRACTITIONER_ID)
			.from(CALENDAR_CONNECTION)
			.fetchSet(CALENDAR_CONNECTION.PRACTITIONER_ID);
	}

	@Override
	public List<CalendarConnection> counting() {
		return this.db.selectFrom(CALENDAR_CONNECTION)
			.where(CALENDAR_CONNECTION.STATUS.eq(ConnectionStatus.CONNECTED.name()))
			.fetch(this::connection);
	}

	@Override
	public void delete(ConnectionId id) {
		this.db.deleteFrom(CALENDAR_CONNECTION).where(CALENDAR_CONNECTION.ID.eq(id.value())).execute();
	}

	@Override
	@Transactional
	public List<CalendarConnection> claimExpiring(Instant horizon, Instant now, Duration claimFor) {
		// SKIP LOCKED: a row another instance is claiming right now is left to it; the
		// claim column keeps it off everyone else's list until it lapses.
		List<CalendarConnectionRecord> due = this.db.selectFrom(CALENDAR_CONNECTION)
			.where(CALENDAR_CONNECTION.STATUS.eq(ConnectionStatus.CONNECTED.name()))
			.and(CALENDAR_CONNECTION.TOKEN_EXPIRES_AT.lt(utc(horizon)))
			.and(CALENDAR_CONNECTION.REFRESH_CLAIMED_UNTIL.isNull()
				.or(CALENDAR_CONNECTION.REFRESH_CLAIMED_UNTIL.le(utc(now))))
			.forUpdate()
			.skipLocked()
			.fetch();
		if (!due.isEmpty()) {
			this.db.update(CALENDAR_CONNECTION)
				.set(CALENDAR_CONNECTION.REFRESH_CLAIMED_UNTIL, utc(now.plus(claimFor)))
				.where(CALENDAR_CONNECTION.ID.in(due.stream().map(CalendarConnectionRecord::getId).toList()))
				.execute();
		}
		return due.stream().map(this::connection).toList();
	}

	@Override
	public void releaseClaim(ConnectionId id) {
		this.db.update(CALENDAR_CONNECTION)
			.setNull(CALENDAR_CONNECTION.REFRESH_CLAIMED_UNTIL)
			.set(CALENDAR_CONNECTION.REFRESH_FAILURES, 0)
			.where(CALENDAR_CONNECTION.ID.eq(id.value()))
			.execute();
	}

	@Override
	public int countFailure(ConnectionId id) {
		return this.db.update(CALENDAR_CONNECTION)
			.set(CALENDAR_CONNECTION.REFRESH_FAILURES, CALENDAR_CONNECTION.REFRESH_FAILURES.plus(1))
			.where(CALENDAR_CONNECTION.ID.eq(id.value()))
			.returningResult(CALENDAR_CONNECTION.REFRESH_FAILURES)
			.fetchOptional()
			.map((row) -> row.value1())
			.orElse(1);
	}

	@Override
	public void holdClaim(ConnectionId id, Instant until) {
		this.db.update(CALENDAR_CONNECTION)
			.set(CALENDAR_CONNECTION.REFRESH_CLAIMED_UNTIL, utc(until))
			.where(CALENDAR_CONNECTION.ID.eq(id.value()))
			.execute();
	}

	private CalendarConnection connection(CalendarConnectionRecord row) {
		CalendarKind kind = CalendarKind.valueOf(row.getKind());
		String secret = this.cipher.decrypt(row.getSecret());
		CalendarSecrets secrets;
		if (kind == CalendarKind.ICAL_FEED) {
			secrets = new CalendarSecrets.FeedUrl(secret);
		}
		else {
			int split = secret.indexOf('\n');
			secrets = new CalendarSecrets.Tokens(secret.substring(0, split), secret.substring(split + 1),
					row.getTokenExpiresAt().toInstant());
		}
		return new CalendarConnection(new ConnectionId(row.getId()), new PractitionerId(row.getPractitionerId()), kind,
				ConnectionStatus.valueOf(row.getStatus()), Duration.ofMinutes(row.getBufferMinutes()), secrets,
				Optional.ofNullable(row.getLastSyncedAt()).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getLastError()));
	}

	/** Tokens never contain a line break, so one separates them. */
	private static String plain(CalendarSecrets secrets) {
		return switch (secrets) {
			case CalendarSecrets.FeedUrl(String url) -> url;
			case CalendarSecrets.Tokens tokens -> tokens.accessToken() + "\n" + tokens.refreshToken();
		};
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
