package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT_FEED;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.application.FeedTokens;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * Appointment-feed token hashes, one row per practitioner.
 */
@Repository
class JooqFeedTokens implements FeedTokens {

	private final DSLContext db;

	JooqFeedTokens(DSLContext db) {
		this.db = db;
	}

	@Override
	public void replace(PractitionerId practitioner, byte[] tokenHash, Instant at) {
		this.db.insertInto(APPOINTMENT_FEED)
			.set(APPOINTMENT_FEED.PRACTITIONER_ID, practitioner.value())
			.set(APPOINTMENT_FEED.TOKEN_HASH, hex(tokenHash))
			.set(APPOINTMENT_FEED.CREATED_AT, at.atOffset(ZoneOffset.UTC))
			.onConflict(APPOINTMENT_FEED.PRACTITIONER_ID)
			.doUpdate()
			.set(APPOINTMENT_FEED.TOKEN_HASH, hex(tokenHash))
			.set(APPOINTMENT_FEED.CREATED_AT, at.atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	public boolean revoke(PractitionerId practitioner) {
		return this.db.deleteFrom(APPOINTMENT_FEED)
			.where(APPOINTMENT_FEED.PRACTITIONER_ID.eq(practitioner.value()))
			.execute() > 0;
	}

	@Override
	public Optional<PractitionerId> practitionerOf(byte[] tokenHash) {
		return this.db.select(APPOINTMENT_FEED.PRACTITIONER_ID)
			.from(APPOINTMENT_FEED)
			.where(APPOINTMENT_FEED.TOKEN_HASH.eq(hex(tokenHash)))
			.fetchOptional((row) -> new PractitionerId(row.value1()));
	}

	private static String hex(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

}
