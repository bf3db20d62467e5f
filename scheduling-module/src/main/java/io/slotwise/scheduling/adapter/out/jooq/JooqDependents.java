package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.DEPENDENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.DependentRecord;
import io.slotwise.scheduling.domain.family.Dependents;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqDependents implements Dependents {

	private final DSLContext db;

	JooqDependents(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<DependentDetails> ofGuardian(PatientId guardian) {
		return this.db.selectFrom(DEPENDENT)
			.where(DEPENDENT.GUARDIAN_ID.eq(guardian.value()))
			.orderBy(DEPENDENT.NAME, DEPENDENT.ID)
			.fetch(JooqDependents::toDependent);
	}

	@Override
	public Optional<DependentDetails> byId(PatientId dependent) {
		return this.db.selectFrom(DEPENDENT)
			.where(DEPENDENT.ID.eq(dependent.value()))
			.fetchOptional(JooqDependents::toDependent);
	}

	@Override
	public List<DependentDetails> byIds(Collection<PatientId> patients) {
		if (patients.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(DEPENDENT)
			.where(DEPENDENT.ID.in(patients.stream().map(PatientId::value).toList()))
			.fetch(JooqDependents::toDependent);
	}

	@Override
	public void save(DependentDetails dependent) {
		this.db.insertInto(DEPENDENT)
			.set(DEPENDENT.ID, dependent.id().value())
			.set(DEPENDENT.GUARDIAN_ID, dependent.guardian().value())
			.set(DEPENDENT.NAME, dependent.name())
			.set(DEPENDENT.DATE_OF_BIRTH, dependent.dateOfBirth())
			.set(DEPENDENT.RELATIONSHIP, dependent.relationship().name())
			.onConflict(DEPENDENT.ID)
			.doUpdate()
			.set(DEPENDENT.NAME, dependent.name())
			.set(DEPENDENT.DATE_OF_BIRTH, dependent.dateOfBirth())
			.set(DEPENDENT.RELATIONSHIP, dependent.relationship().name())
			.execute();
	}

	@Override
	public void remove(PatientId dependent) {
		this.db.deleteFrom(DEPENDENT).where(DEPENDENT.ID.eq(dependent.value())).execute();
	}

	@Override
	public boolean hasUpcoming(PatientId dependent, Instant now) {
		return this.db.fetchExists(APPOINTMENT, APPOINTMENT.PATIENT_ID.eq(dependent.value()),
				APPOINTMENT.STATUS.eq("BOOKED"), APPOINTMENT.STARTS_AT.gt(now.atOffset(ZoneOffset.UTC)));
	}

	private static DependentDetails toDependent(DependentRecord row) {
		return new DependentDetails(new PatientId(row.getId()), new PatientId(row.getGuardianId()), row.getName(),
				row.getDateOfBirth(), DependentDetails.Relationship.valueOf(row.getRelationship()));
	}

}
