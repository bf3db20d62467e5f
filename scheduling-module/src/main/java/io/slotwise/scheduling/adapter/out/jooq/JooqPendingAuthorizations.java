package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_AUTHORIZATION;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.PendingAuthorizations;
import io.slotwise.scheduling.calendar.application.SecretCipher;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * OAuth flows in flight. Taking one deletes it in the same statement, so a state is
 * accepted once even if the callback is replayed.
 */
@Repository
class JooqPendingAuthorizations implements PendingAuthorizations {

	private final DSLContext db;

	private final SecretCipher cipher;

	JooqPendingAuthorizations(DSLContext db, SecretCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	@Override
	public void save(Pending pending) {
		this.db.insertInto(CALENDAR_AUTHORIZATION)
			.set(CALENDAR_AUTHORIZATION.STATE, pending.state())
			.set(CALENDAR_AUTHORIZATION.PRACTITIONER_ID, pending.practitioner().value())
			.set(CALENDAR_AUTHORIZATION.KIND, pending.kind().name())
			.set(CALENDAR_AUTHORIZATION.CODE_VERIFIER, this.cipher.encrypt(pending.codeVerifier()))
			.set(CALENDAR_AUTHORIZATION.BUFFER_MINUTES, (int) pending.buffer().toMinutes())
			.set(CALENDAR_AUTHORIZATION.EXPIRES_AT, pending.expiresAt().atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	public Optional<Pending> take(String state, Instant now) {
		this.db.deleteFrom(CALENDAR_AUTHORIZATION)
			.where(CALENDAR_AUTHORIZATION.EXPIRES_AT.le(now.atOffset(ZoneOffset.UTC)))
			.execute();
		return this.db.deleteFrom(CALENDAR_AUTHORIZATION)
			.where(CALENDAR_AUTHORIZATION.STATE.eq(state))
			.returning()
			.fetchOptional()
			.map((row) -> new Pending(row.getState(), new PractitionerId(row.getPractitionerId()),
					CalendarKind.valueOf(row.getKind()), this.cipher.decrypt(row.getCodeVerifier()),
					Duration.ofMinutes(row.getBufferMinutes()), row.getExpiresAt().toInstant()));
	}

}
