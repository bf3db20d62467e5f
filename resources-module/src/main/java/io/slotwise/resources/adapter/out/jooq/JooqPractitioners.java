package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.PRACTITIONER;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.PRACTITIONER_LOCATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.PractitionerLocationRecord;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.PractitionerRecord;
import io.slotwise.resources.domain.Practitioners;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqPractitioners implements Practitioners {

	private final DSLContext db;

	JooqPractitioners(DSLContext db) {
		this.db = db;
	}

	@Override
	public Optional<Practitioner> find(PractitionerId id) {
		return withLocations(this.db.selectFrom(PRACTITIONER).where(PRACTITIONER.ID.eq(id.value())).fetch()).stream()
			.findFirst();
	}

	@Override
	public List<Practitioner> matching(PractitionerFilter filter, int offset, int limit) {
		return withLocations(this.db.selectFrom(PRACTITIONER)
			.where(conditions(filter))
			.orderBy(PRACTITIONER.NAME, PRACTITIONER.ID)
			.offset(offset)
			.limit(limit)
			.fetch());
	}

	@Override
	public List<Practitioner> findAll(List<PractitionerId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<PractitionerId, Practitioner> found = withLocations(this.db.selectFrom(PRACTITIONER)
			.where(PRACTITIONER.ID.in(ids.stream().map(PractitionerId::value).toList()))
			.fetch()).stream().collect(Collectors.toMap(Practitioner::id, java.util.function.Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@Override
	public void save(Practitioner practitioner) {
		PractitionerRecord row = record(this.db, practitioner);
		this.db.insertInto(PRACTITIONER).set(row).onConflict(PRACTITIONER.ID).doUpdate().set(row).execute();
		List<UUID> keep = JooqLocations.uuids(practitioner.locations());
		this.db.deleteFrom(PRACTITIONER_LOCATION)
			.where(PRACTITIONER_LOCATION.PRACTITIONER_ID.eq(practitioner.id().value()))
			.and(PRACTITIONER_LOCATION.LOCATION_ID.notIn(keep))
			.execute();
		for (PractitionerLocationRecord assignment : assignments(this.db, practitioner)) {
			this.db.insertInto(PRACTITIONER_LOCATION).set(assignment).onConflictDoNothing().execute();
		}
	}

	static PractitionerRecord record(DSLContext db, Practitioner practitioner) {
		PractitionerRecord row = db.newRecord(PRACTITIONER);
		row.setId(practitioner.id().value());
		row.setName(practitioner.name());
		row.setSpecialties(practitioner.specialties().toArray(String[]::new));
		row.setLanguages(practitioner.languages().toArray(String[]::new));
		row.setInsurancePlans(practitioner.insurancePlans().toArray(String[]::new));
		row.setRating(practitioner.rating()
			.map((rating) -> BigDecimal.valueOf(rating).setScale(1, RoundingMode.HALF_UP))
			.orElse(null));
		row.setReviewCount(practitioner.reviewCount());
		return row;
	}

	static List<PractitionerLocationRecord> assignments(DSLContext db, Practitioner practitioner) {
		List<PractitionerLocationRecord> rows = new ArrayList<>();
		for (LocationId location : practitioner.locations()) {
			PractitionerLocationRecord row = db.newRecord(PRACTITIONER_LOCATION);
			row.setPractitionerId(practitioner.id().value());
			row.setLocationId(location.value());
			rows.add(row);
		}
		return rows;
	}

	private static Condition conditions(PractitionerFilter filter) {
		Condition condition = DSL.trueCondition();
		if (filter.specialty() != null) {
			condition = condition.and(containsText(PRACTITIONER.SPECIALTIES, filter.specialty()));
		}
		if (filter.language() != null) {
			condition = condition.and(containsText(PRACTITIONER.LANGUAGES, filter.language()));
		}
		if (filter.insurancePlan() != null) {
			condition = condition.and(containsText(PRACTITIONER.INSURANCE_PLANS, filter.insurancePlan()));
		}
		if (filter.location() != null) {
			condition = condition.and(PRACTITIONER.ID.in(DSL.select(PRACTITIONER_LOCATION.PRACTITIONER_ID)
				.from(PRACTITIONER_LOCATION)
				.where(PRACTITIONER_LOCATION.LOCATION_ID.eq(filter.location().value()))));
		}
		return condition;
	}

	// Written as @> so that PostgreSQL can use the GIN indexes on the arrays.
	private static Condition containsText(Field<String[]> array, String value) {
		return DSL.condition("{0} @> ARRAY[{1}]::text[]", array, DSL.val(value));
	}

	@Override
	public List<Practitioner> everyone() {
		// Two full scans rather than an IN list of every id (bounded by bind limits).
		// Someone whose every location was taken away outside the use cases works
		// nowhere,
		// so no radius search can find them; they are left out rather than failing it.
		Map<UUID, Set<LocationId>> locations = byPractitioner(this.db.selectFrom(PRACTITIONER_LOCATION).fetch());
		return withLocations(this.db.selectFrom(PRACTITIONER)
			.fetch()
			.stream()
			.filter((row) -> locations.containsKey(row.getId()))
			.toList(), locations);
	}

	private List<Practitioner> withLocations(List<PractitionerRecord> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return withLocations(rows, byPractitioner(this.db.selectFrom(PRACTITIONER_LOCATION)
			.where(PRACTITIONER_LOCATION.PRACTITIONER_ID.in(rows.stream().map(PractitionerRecord::getId).toList()))
			.fetch()));
	}

	private static Map<UUID, Set<LocationId>> byPractitioner(List<PractitionerLocationRecord> assignments) {
		return assignments.stream()
			.collect(Collectors.groupingBy(PractitionerLocationRecord::getPractitionerId,
					Collectors.mapping((row) -> new LocationId(row.getLocationId()), Collectors.toSet())));
	}

	private static List<Practitioner> withLocations(List<PractitionerRecord> rows,
			Map<UUID, Set<LocationId>> locations) {
		return rows.stream()
			.map((row) -> new Practitioner(new PractitionerId(row.getId()), row.getName(), Set.of(row.getSpecialties()),
					Set.of(row.getLanguages()), Set.of(row.getInsurancePlans()),
					Optional.ofNullable(row.getRating()).map(BigDecimal::doubleValue), row.getReviewCount(),
					locations.getOrDefault(row.getId(), Set.of())))
			.toList();
	}

}
