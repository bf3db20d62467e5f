package io.slotwise.waitlist.adapter.out.jooq;

import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.ENTRY;

import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.adapter.out.jooq.schema.tables.records.EntryRecord;
import io.slotwise.waitlist.domain.WaitlistEntries;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqWaitlistEntries implements WaitlistEntries {

	private final DSLContext db;

	JooqWaitlistEntries(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<WaitlistEntry> ofPatient(UUID patientId, int offset, int limit) {
		return this.db.selectFrom(ENTRY)
			.where(ENTRY.PATIENT_ID.eq(patientId))
			.orderBy(ENTRY.JOINED_AT, ENTRY.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqWaitlistEntries::toEntry);
	}

	private static WaitlistEntry toEntry(EntryRecord row) {
		return new WaitlistEntry(row.getId(), row.getPatientId(), row.getVisitTypeId(), row.getEarliestDay(),
				row.getLatestDay(), row.getJoinedAt().toInstant());
	}

}
