package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.EQUIPMENT;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.EQUIPMENT_UNIT;
import static io.slotwise.resources.adapter.out.jooq.schema.Tables.ROOM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.EquipmentRecord;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.EquipmentUnitRecord;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.RoomRecord;
import io.slotwise.resources.domain.Amenities;
import io.slotwise.resources.domain.Facilities;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqFacilities implements Facilities {

	private final DSLContext db;

	JooqFacilities(DSLContext db) {
		this.db = db;
	}

	@Override
	public Optional<Room> room(RoomId id) {
		return this.db.selectFrom(ROOM).where(ROOM.ID.eq(id.value())).fetchOptional(JooqFacilities::toRoom);
	}

	@Override
	public List<Room> rooms(LocationId location) {
		return this.db.selectFrom(ROOM)
			.where(ROOM.LOCATION_ID.eq(location.value()))
			.orderBy(ROOM.NAME, ROOM.ID)
			.fetch(JooqFacilities::toRoom);
	}

	@Override
	public List<Room> rooms(Collection<LocationId> locations) {
		if (locations.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(ROOM)
			.where(ROOM.LOCATION_ID.in(JooqLocations.uuids(locations)))
			.orderBy(ROOM.LOCATION_ID, ROOM.NAME, ROOM.ID)
			.fetch(JooqFacilities::toRoom);
	}

	@Override
	public List<Equipment> equipment(Collection<LocationId> locations) {
		if (locations.isEmpty()) {
			return List.of();
		}
		return withUnits(this.db.selectFrom(EQUIPMENT)
			.where(EQUIPMENT.LOCATION_ID.in(JooqLocations.uuids(locations)))
			.orderBy(EQUIPMENT.LOCATION_ID, EQUIPMENT.TYPE, EQUIPMENT.NAME, EQUIPMENT.ID)
			.fetch());
	}

	@Override
	public void save(Room room) {
		RoomRecord row = record(this.db, room);
		this.db.insertInto(ROOM).set(row).onConflict(ROOM.ID).doUpdate().set(row).execute();
	}

	@Override
	public Optional<Equipment> equipment(EquipmentId id) {
		return withUnits(this.db.selectFrom(EQUIPMENT).where(EQUIPMENT.ID.eq(id.value())).fetch()).stream().findFirst();
	}

	@Override
	public List<Equipment> equipment(LocationId location) {
		return withUnits(this.db.selectFrom(EQUIPMENT)
			.where(EQUIPMENT.LOCATION_ID.eq(location.value()))
			.orderBy(EQUIPMENT.TYPE, EQUIPMENT.NAME, EQUIPMENT.ID)
			.fetch());
	}

	@Override
	public void save(Equipment equipment) {
		EquipmentRecord row = record(this.db, equipment);
		this.db.insertInto(EQUIPMENT).set(row).onConflict(EQUIPMENT.ID).doUpdate().set(row).execute();
		this.db.deleteFrom(EQUIPMENT_UNIT)
			.where(EQUIPMENT_UNIT.EQUIPMENT_ID.eq(equipment.id().value()))
			.and(EQUIPMENT_UNIT.ID.notIn(equipment.units()))
			.execute();
		for (EquipmentUnitRecord unit : units(this.db, equipment)) {
			this.db.insertInto(EQUIPMENT_UNIT)
				.set(unit)
				.onConflict(EQUIPMENT_UNIT.ID)
				.doUpdate()
				.set(EQUIPMENT_UNIT.POSITION, unit.getPosition())
				.set(EQUIPMENT_UNIT.LABEL, unit.getLabel())
				.execute();
		}
	}

	@Override
	public Amenities at(LocationId location) {
		return new Amenities(capabilities(ROOM.LOCATION_ID.eq(location.value())),
				equipmentTypes(EQUIPMENT.LOCATION_ID.eq(location.value())));
	}

	@Override
	public Amenities network() {
		return new Amenities(capabilities(DSL.trueCondition()), equipmentTypes(DSL.trueCondition()));
	}

	private Set<String> capabilities(Condition rooms) {
		return this.db.selectDistinct(DSL.field("unnest({0})", String.class, ROOM.CAPABILITIES))
			.from(ROOM)
			.where(rooms)
			.fetchSet(0, String.class);
	}

	private Set<String> equipmentTypes(Condition equipment) {
		return this.db.selectDistinct(EQUIPMENT.TYPE)
			.from(EQUIPMENT)
			.join(EQUIPMENT_UNIT)
			.on(EQUIPMENT_UNIT.EQUIPMENT_ID.eq(EQUIPMENT.ID))
			.where(equipment)
			.fetchSet(EQUIPMENT.TYPE);
	}

	@Override
	public List<Room> roomsWith(LocationId location, String capability) {
		return this.db.selectFrom(ROOM)
			.where(ROOM.LOCATION_ID.eq(location.value()))
			.and(DSL.condition("{0} @> ARRAY[{1}]::text[]", ROOM.CAPABILITIES, DSL.val(capability)))
			.fetch(JooqFacilities::toRoom);
	}

	@Override
	public List<UUID> units(LocationId location, String equipmentType) {
		return this.db.select(EQUIPMENT_UNIT.ID)
			.from(EQUIPMENT_UNIT)
			.join(EQUIPMENT)
			.on(EQUIPMENT.ID.eq(EQUIPMENT_UNIT.EQUIPMENT_ID))
			.where(EQUIPMENT.LOCATION_ID.eq(location.value()))
			.and(EQUIPMENT.TYPE.eq(equipmentType))
			.orderBy(EQUIPMENT_UNIT.ID)
			.fetch(EQUIPMENT_UNIT.ID);
	}

	static RoomRecord record(DSLContext db, Room room) {
		RoomRecord row = db.newRecord(ROOM);
		row.setId(room.id().value());
		row.setLocationId(room.location().value());
		row.setName(room.name());
		row.setCapabilities(room.capabilities().toArray(String[]::new));
		return row;
	}

	static EquipmentRecord record(DSLContext db, Equipment equipment) {
		EquipmentRecord row = db.newRecord(EQUIPMENT);
		row.setId(equipment.id().value());
		row.setLocationId(equipment.location().value());
		row.setType(equipment.type());
		row.setName(equipment.name());
		return row;
	}

	/**
	 * Labels number the units in their stable order: "ECG machine 1", "ECG machine 2"...
	 */
	static List<EquipmentUnitRecord> units(DSLContext db, Equipment equipment) {
		List<EquipmentUnitRecord> rows = new ArrayList<>();
		for (int i = 0; i < equipment.units().size(); i++) {
			EquipmentUnitRecord row = db.newRecord(EQUIPMENT_UNIT);
			row.setId(equipment.units().get(i));
			row.setEquipmentId(equipment.id().value());
			row.setPosition((short) i);
			row.setLabel(equipment.name() + " " + (i + 1));
			rows.add(row);
		}
		return rows;
	}

	private static Room toRoom(RoomRecord row) {
		return new Room(new RoomId(row.getId()), new LocationId(row.getLocationId()), row.getName(),
				Set.of(row.getCapabilities()));
	}

	private List<Equipment> withUnits(List<EquipmentRecord> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<UUID>> units = this.db.selectFrom(EQUIPMENT_UNIT)
			.where(EQUIPMENT_UNIT.EQUIPMENT_ID.in(rows.stream().map(EquipmentRecord::getId).toList()))
			.orderBy(EQUIPMENT_UNIT.EQUIPMENT_ID, EQUIPMENT_UNIT.POSITION)
			.fetch()
			.stream()
			.collect(Collectors.groupingBy(EquipmentUnitRecord::getEquipmentId,
					Collectors.mapping(EquipmentUnitRecord::getId, Collectors.toList())));
		return rows.stream()
			.map((row) -> new Equipment(new EquipmentId(row.getId()), new LocationId(row.getLocationId()),
					row.getType(), row.getName(), units.getOrDefault(row.getId(), List.of())))
			.toList();
	}

}
