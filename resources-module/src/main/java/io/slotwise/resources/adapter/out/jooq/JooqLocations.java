package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.LOCATION;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.OPENING_HOURS;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.Address;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.LocationRecord;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.OpeningHoursRecord;
import io.slotwise.resources.domain.BoundingBox;
import io.slotwise.resources.domain.Locations;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqLocations implements Locations {

	private final DSLContext db;

	JooqLocations(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<Location> page(int offset, int limit) {
		return this.db.selectFrom(LOCATION)
			.orderBy(LOCATION.NAME, LOCATION.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqLocations::toLocation);
	}

	@Override
	public List<LocationDetails> detailsPage(int offset, int limit) {
		return details(
				this.db.selectFrom(LOCATION).orderBy(LOCATION.NAME, LOCATION.ID).offset(offset).limit(limit).fetch());
	}

	@Override
	public List<LocationDetails> everywhere() {
		Map<UUID, List<OpeningHours>> hours = hours(this.db.selectFrom(OPENING_HOURS).fetch());
		return this.db.selectFrom(LOCATION).fetch((row) -> details(row, hours));
	}

	@Override
	public Optional<LocationDetails> find(LocationId id) {
		return findAll(List.of(id)).stream().findFirst();
	}

	@Override
	public List<LocationDetails> inside(BoundingBox box) {
		return details(this.db.selectFrom(LOCATION)
			.where(LOCATION.LATITUDE.between(box.minLatitude(), box.maxLatitude()))
			.and(LOCATION.LONGITUDE.between(box.minLongitude(), box.maxLongitude()))
			.fetch());
	}

	@Override
	public List<LocationDetails> findAll(Collection<LocationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return details(this.db.selectFrom(LOCATION).where(LOCATION.ID.in(uuids(ids))).orderBy(LOCATION.ID).fetch());
	}

	@Override
	public Set<LocationId> existing(Collection<LocationId> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.db.select(LOCATION.ID)
			.from(LOCATION)
			.where(LOCATION.ID.in(uuids(ids)))
			.fetchSet((row) -> new LocationId(row.value1()));
	}

	@Override
	public void save(LocationDetails location) {
		LocationRecord row = record(this.db, location);
		this.db.insertInto(LOCATION).set(row).onConflict(LOCATION.ID).doUpdate().set(row).execute();
		this.db.deleteFrom(OPENING_HOURS).where(OPENING_HOURS.LOCATION_ID.eq(location.id().value())).execute();
		List<OpeningHoursRecord> hours = openingHours(this.db, location);
		if (!hours.isEmpty()) {
			this.db.batchInsert(hours).execute();
		}
	}

	@Override
	public boolean isEmpty() {
		return !this.db.fetchExists(LOCATION);
	}

	static LocationRecord record(DSLContext db, LocationDetails location) {
		LocationRecord row = db.newRecord(LOCATION);
		row.setId(location.id().value());
		row.setName(location.name());
		row.setStreet(location.address().street());
		row.setCity(location.address().city());
		row.setState(location.address().state());
		row.setZip(location.zip());
		row.setLatitude(location.coordinates().latitude());
		row.setLongitude(location.coordinates().longitude());
		row.setTimeZone(location.timeZone().getId());
		row.changed(LOCATION.CREATED_AT, false);
		return row;
	}

	static List<OpeningHoursRecord> openingHours(DSLContext db, LocationDetails location) {
		return location.openingHours().stream().map((hours) -> {
			OpeningHoursRecord row = db.newRecord(OPENING_HOURS);
			row.setLocationId(location.id().value());
			row.setDayOfWeek((short) hours.day().getValue());
			row.setOpens(hours.opens());
			row.setCloses(hours.closes());
			return row;
		}).toList();
	}

	private List<LocationDetails> details(List<LocationRecord> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Condition ofThese = OPENING_HOURS.LOCATION_ID.in(rows.stream().map(LocationRecord::getId).toList());
		Map<UUID, List<OpeningHours>> hours = hours(this.db.selectFrom(OPENING_HOURS).where(ofThese).fetch());
		return rows.stream().map((row) -> details(row, hours)).toList();
	}

	private static Map<UUID, List<OpeningHours>> hours(List<OpeningHoursRecord> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(OpeningHoursRecord::getLocationId, Collectors.mapping(
					(row) -> new OpeningHours(DayOfWeek.of(row.getDayOfWeek()), row.getOpens(), row.getCloses()),
					Collectors.toList())));
	}

	private static LocationDetails details(LocationRecord row, Map<UUID, List<OpeningHours>> hours) {
		return new LocationDetails(new LocationId(row.getId()), row.getName(),
				new Address(row.getStreet(), row.getCity(), row.getState()), row.getZip(), ZoneId.of(row.getTimeZone()),
				new GeoPoint(row.getLatitude(), row.getLongitude()), hours.getOrDefault(row.getId(), List.of()));
	}

	static List<UUID> uuids(Collection<LocationId> ids) {
		return ids.stream().map(LocationId::value).toList();
	}

	private static Location toLocation(LocationRecord row) {
		return new Location(new LocationId(row.getId()), row.getName(), row.getZip(), ZoneId.of(row.getTimeZone()));
	}

}
