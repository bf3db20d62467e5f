package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.PRACTITIONER_LOCATION;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.WORKING_HOURS_EXCEPTION;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.WORKING_HOURS_RULE;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.WorkingHoursExceptionRecord;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.WorkingHoursRuleRecord;
import io.slotwise.resources.domain.Schedules;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqSchedules implements Schedules {

	private final DSLContext db;

	JooqSchedules(DSLContext db) {
		this.db = db;
	}

	@Override
	public WorkingHours of(PractitionerId practitioner, LocationId location) {
		List<WorkingHours.Weekly> weekly = this.db.selectFrom(WORKING_HOURS_RULE)
			.where(WORKING_HOURS_RULE.PRACTITIONER_ID.eq(practitioner.value()))
			.and(WORKING_HOURS_RULE.LOCATION_ID.eq(location.value()))
			.fetch((row) -> new WorkingHours.Weekly(DayOfWeek.of(row.getDayOfWeek()), row.getStarts(), row.getEnds()));
		List<WorkingHours.Dated> exceptions = this.db.selectFrom(WORKING_HOURS_EXCEPTION)
			.where(WORKING_HOURS_EXCEPTION.PRACTITIONER_ID.eq(practitioner.value()))
			.and(WORKING_HOURS_EXCEPTION.LOCATION_ID.eq(location.value()))
			.fetch((row) -> new WorkingHours.Dated(row.getDay(), WorkingHours.Kind.valueOf(row.getKind()),
					row.getStarts(), row.getEnds()));
		return new WorkingHours(practitioner, location, weekly, exceptions);
	}

	@Override
	public List<WorkingHours> of(Collection<PractitionerAt> pairs) {
		if (pairs.isEmpty()) {
			return List.of();
		}
		List<Row2<UUID, UUID>> keys = pairs.stream()
			.map((pair) -> DSL.row(pair.practitioner().value(), pair.location().value()))
			.toList();
		Map<PractitionerAt, List<WorkingHours.Weekly>> weekly = this.db.selectFrom(WORKING_HOURS_RULE)
			.where(DSL.row(WORKING_HOURS_RULE.PRACTITIONER_ID, WORKING_HOURS_RULE.LOCATION_ID).in(keys))
			.fetchGroups((row) -> pair(row.getPractitionerId(), row.getLocationId()),
					(row) -> new WorkingHours.Weekly(DayOfWeek.of(row.getDayOfWeek()), row.getStarts(), row.getEnds()));
		Map<PractitionerAt, List<WorkingHours.Dated>> exceptions = this.db.selectFrom(WORKING_HOURS_EXCEPTION)
			.where(DSL.row(WORKING_HOURS_EXCEPTION.PRACTITIONER_ID, WORKING_HOURS_EXCEPTION.LOCATION_ID).in(keys))
			.fetchGroups((row) -> pair(row.getPractitionerId(), row.getLocationId()),
					(row) -> new WorkingHours.Dated(row.getDay(), WorkingHours.Kind.valueOf(row.getKind()),
							row.getStarts(), row.getEnds()));
		return pairs.stream()
			.map((pair) -> new WorkingHours(pair.practitioner(), pair.location(), weekly.getOrDefault(pair, List.of()),
					exceptions.getOrDefault(pair, List.of())))
			.toList();
	}

	private static PractitionerAt pair(UUID practitioner, UUID location) {
		return new PractitionerAt(new PractitionerId(practitioner), new LocationId(location));
	}

	@Override
	public List<WorkingHours> of(PractitionerId practitioner) {
		return this.db.select(PRACTITIONER_LOCATION.LOCATION_ID)
			.from(PRACTITIONER_LOCATION)
			.where(PRACTITIONER_LOCATION.PRACTITIONER_ID.eq(practitioner.value()))
			.fetch((row) -> of(practitioner, new LocationId(row.value1())));
	}

	@Override
	public void replace(WorkingHours hours) {
		UUID practitioner = hours.practitioner().value();
		UUID location = hours.location().value();
		this.db.deleteFrom(WORKING_HOURS_RULE)
			.where(WORKING_HOURS_RULE.PRACTITIONER_ID.eq(practitioner))
			.and(WORKING_HOURS_RULE.LOCATION_ID.eq(location))
			.execute();
		this.db.deleteFrom(WORKING_HOURS_EXCEPTION)
			.where(WORKING_HOURS_EXCEPTION.PRACTITIONER_ID.eq(practitioner))
			.and(WORKING_HOURS_EXCEPTION.LOCATION_ID.eq(location))
			.execute();
		List<TableRecord<?>> rows = records(this.db, hours);
		if (!rows.isEmpty()) {
			this.db.batchInsert(rows).execute();
		}
	}

	/** Rule ids are random: rules are replaced as a whole, never addressed one by one. */
	static List<TableRecord<?>> records(DSLContext db, WorkingHours hours) {
		List<TableRecord<?>> rows = new ArrayList<>();
		for (WorkingHours.Weekly rule : hours.weekly()) {
			WorkingHoursRuleRecord row = db.newRecord(WORKING_HOURS_RULE);
			row.setId(UUID.randomUUID());
			row.setPractitionerId(hours.practitioner().value());
			row.setLocationId(hours.location().value());
			row.setDayOfWeek((short) rule.day().getValue());
			row.setStarts(rule.start());
			row.setEnds(rule.end());
			rows.add(row);
		}
		for (WorkingHours.Dated exception : hours.exceptions()) {
			WorkingHoursExceptionRecord row = db.newRecord(WORKING_HOURS_EXCEPTION);
			row.setId(UUID.randomUUID());
			row.setPractitionerId(hours.practitioner().value());
			row.setLocationId(hours.location().value());
			row.setDay(exception.day());
			row.setKind(exception.kind().name());
			row.setStarts(exception.start());
			row.setEnds(exception.end());
			rows.add(row);
		}
		return rows;
	}

}
