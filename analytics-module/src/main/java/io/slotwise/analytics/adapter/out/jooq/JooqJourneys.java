package io.slotwise.analytics.adapter.out.jooq;

import static io.slotwise.analytics.adapter.out.jooq.schema.Tables.JOURNEY;

import java.time.Instant;
import java.util.UUID;

import io.slotwise.analytics.domain.Journeys;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqJourneys implements Journeys {

	private final DSLContext db;

	JooqJourneys(DSLContext db) {
		this.db = db;
	}

	@Override
	public void begin(UUID journey, Instant at) {
		this.db.insertInto(JOURNEY)
			.set(JOURNEY.JOURNEY_ID, journey)
			.set(JOURNEY.STARTED_AT, FactFilter.utc(at))
			.onConflictDoNothing()
			.execute();
	}

	@Override
	public void link(UUID journey, String patientKey, Instant at) {
		this.db.update(JOURNEY)
			.set(JOURNEY.PATIENT_KEY, patientKey)
			.set(JOURNEY.LINKED_AT, FactFilter.utc(at))
			.where(JOURNEY.JOURNEY_ID.eq(journey))
			.execute();
	}

}
