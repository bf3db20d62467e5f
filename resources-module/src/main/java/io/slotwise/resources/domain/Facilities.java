package io.slotwise.resources.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

	/** Rooms at any of the locations, by location, name, id: one query for a page. */
	List<Room> rooms(Collection<LocationId> locations);

	/** Equipment at any of the locations, by location, type, name, id. */
	List<Equipment> equipment(Collection<LocationId> locations);

	Optional<Equipment> equipment(EquipmentId id);

	/** By type, name, id. */
	List<Equipment> equipment(LocationId location);

	void save(Equipment equipment);

	/** What the location's rooms and equipment offer. */
	Amenities at(LocationId location);

	/** What the rooms and equipment of all locations together offer. */
	Amenities network();

	/** Rooms at the location that have the capability, in no particular order. */
	List<Room> roomsWith(LocationId location, String capability);

	/** Ids of the units of that type, ordered by id. */
	List<UUID> units(LocationId location, String equipmentType);

}
