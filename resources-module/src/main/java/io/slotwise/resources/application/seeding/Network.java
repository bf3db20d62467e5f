package io.slotwise.resources.application.seeding;

import java.util.List;

import io.slotwise.resources.Equipment;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.Room;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.WorkingHours;

/**
 * A whole generated practice network, ready to be stored in one go.
 *
 * @param visitTypes the visit types offered
 * @param hours each practitioner's hours at each of their locations
 */
public record Network(List<LocationDetails> locations, List<Room> rooms, List<Equipment> equipment,
		List<VisitType> visitTypes, List<Practitioner> practitioners, List<WorkingHours> hours) {

	public Network {
		locations = List.copyOf(locations);
		rooms = List.copyOf(rooms);
		equipment = List.copyOf(equipment);
		visitTypes = List.copyOf(visitTypes);
		practitioners = List.copyOf(practitioners);
		hours = List.copyOf(hours);
	}

	public int equipmentUnits() {
		return this.equipment.stream().mapToInt((stock) -> stock.units().size()).sum();
	}

	public int weeklyRules() {
		return this.hours.stream().mapToInt((hours) -> hours.weekly().size()).sum();
	}

}
