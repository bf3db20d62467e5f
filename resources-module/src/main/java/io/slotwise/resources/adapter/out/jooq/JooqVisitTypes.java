package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.INSURANCE_CARRIER;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.INSURANCE_PLAN;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.VISIT_TYPE;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseVisitTypes.InsurancePlan;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.VisitTypeRecord;
import io.slotwise.resources.domain.VisitTypes;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

@Repository
class JooqVisitTypes implements VisitTypes {

	private final DSLContext db;

	JooqVisitTypes(DSLContext db) {
		this.db = db;
	}

	@Override
	public Optional<VisitType> find(VisitTypeId id) {
		return this.db.selectFrom(VISIT_TYPE)
			.where(VISIT_TYPE.ID.eq(id.value()))
			.fetchOptional(JooqVisitTypes::toVisitType);
	}

	@Override
	public List<VisitType> page(@Nullable String specialty, int offset, int limit) {
		return this.db.selectFrom(VISIT_TYPE)
			.where(specialty == null ? DSL.trueCondition() : VISIT_TYPE.SPECIALTY.eq(specialty))
			.orderBy(VISIT_TYPE.NAME, VISIT_TYPE.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqVisitTypes::toVisitType);
	}

	@Override
	public List<VisitType> findAll(Collection<VisitTypeId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(VISIT_TYPE)
			.where(VISIT_TYPE.ID.in(ids.stream().map(VisitTypeId::value).toList()))
			.fetch(JooqVisitTypes::toVisitType);
	}

	@Override
	public void save(VisitType visitType) {
		VisitTypeRecord row = record(this.db, visitType);
		this.db.insertInto(VISIT_TYPE).set(row).onConflict(VISIT_TYPE.ID).doUpdate().set(row).execute();
	}

	@Override
	public List<InsurancePlan> insurancePlans() {
		return this.db.select(INSURANCE_PLAN.CODE, INSURANCE_CARRIER.NAME, INSURANCE_PLAN.NAME)
			.from(INSURANCE_PLAN)
			.join(INSURANCE_CARRIER)
			.on(INSURANCE_CARRIER.CODE.eq(INSURANCE_PLAN.CARRIER_CODE))
			.orderBy(INSURANCE_CARRIER.NAME, INSURANCE_PLAN.NAME)
			.fetch((row) -> new InsurancePlan(row.value1(), row.value2(), row.value3()));
	}

	@Override
	public Set<String> insurancePlanCodes() {
		return this.db.select(INSURANCE_PLAN.CODE).from(INSURANCE_PLAN).fetchSet(INSURANCE_PLAN.CODE);
	}

	static VisitTypeRecord record(DSLContext db, VisitType visitType) {
		VisitTypeRecord row = db.newRecord(VISIT_TYPE);
		row.setId(visitType.id().value());
		row.setName(visitType.name());
		row.setSpecialty(visitType.specialty());
		row.setDurationMinutes((int) visitType.duration().toMinutes());
		row.setSlotMinutes((int) visitType.slot().toMinutes());
		row.setPatients(visitType.patients().name());
		row.setRoomCapability(visitType.roomCapability().orElse(null));
		row.setEquipmentTypes(visitType.equipmentTypes().toArray(String[]::new));
		row.setLocationIds(visitType.locations().stream().map(LocationId::value).sorted().toArray(UUID[]::new));
		return row;
	}

	private static VisitType toVisitType(VisitTypeRecord row) {
		return new VisitType(new VisitTypeId(row.getId()), row.getName(), row.getSpecialty(),
				Duration.ofMinutes(row.getDurationMinutes()), Duration.ofMinutes(row.getSlotMinutes()),
				VisitType.Patients.valueOf(row.getPatients()), Optional.ofNullable(row.getRoomCapability()),
				Set.of(row.getEquipmentTypes()),
				Arrays.stream(row.getLocationIds()).map(LocationId::new).collect(Collectors.toSet()));
	}

}
