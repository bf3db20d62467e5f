package io.slotwise.resources.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;

/**
 * Rooms and equipment of the locations.
 */
public interface Facilities {

	Optional<Room> room(RoomId id);

	/** By name then id. */
	List<Room> rooms(LocationId location);

	void save(Room room);

	Optional<Equipment> equipment(EquipmentId id);

	/** By type, name, id. */
	List<Equipment> equipment(LocationId location);

	void save(Equipment equipment);

	/** Whether some room at some location has the capability. */
	boolean anyRoomWith(String capability);

	/** Whether some location has equipment of the type. */
	boolean anyEquipment(String equipmentType);

	/** Union of the capabilities of the location's rooms. */
	Set<String> capabilitiesAt(LocationId location);

	/** Equipment types with at least one unit at the location. */
	Set<String> equipmentTypesAt(LocationId location);

	/** Ids of rooms with the capability, ordered by id. */
	List<UUID> roomsWith(LocationId location, String capability);

	/** Ids of the units of that type, ordered by id. */
	List<UUID> units(LocationId location, String equipmentType);

}
