package io.slotwise.resources.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.EquipmentChanged;
import io.slotwise.resources.CatalogEvent.RoomChanged;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import org.jspecify.annotations.Nullable;

/**
 * Decides about rooms and equipment: they belong to a location that exists, and equipment
 * keeps the ids of its units when it grows or shrinks, so that reservations of them stay
 * meaningful.
 *
 * @param locationExists whether the draft's location exists
 * @param newUnitIds where ids of added equipment units come from
 */
public record FacilityPolicy(boolean locationExists, Supplier<UUID> newUnitIds) {

	public Decision<Room> room(RoomId id, RoomDraft draft) {
		return Decision.attempt(() -> {
			Optional<Decision<Room>> refused = unknownLocation(draft.location());
			if (refused.isPresent()) {
				return refused.get();
			}
			Room room = new Room(id, draft.location(), draft.name(),
					new HashSet<>(Objects.requireNonNullElse(draft.capabilities(), List.of())));
			return Decision.accepted(room, new RoomChanged(id, room.location()));
		});
	}

	/**
	 * @param current the stored room, if the id names one
	 */
	public Decision<Room> changeRoom(RoomId id, Optional<Room> current, RoomDraft draft) {
		return current.isPresent() ? room(id, draft) : Decision.refused(Code.NOT_FOUND, "id", "no room " + id.value());
	}

	public Decision<Equipment> equipment(EquipmentId id, EquipmentDraft draft) {
		return stock(id, draft, List.of());
	}

	/**
	 * Growing adds units, shrinking retires the last ones.
	 * @param current the stored equipment, if the id names one
	 */
	public Decision<Equipment> changeEquipment(EquipmentId id, Optional<Equipment> current, EquipmentDraft draft) {
		return current.map((before) -> stock(id, draft, before.units()))
			.orElseGet(() -> Decision.refused(Code.NOT_FOUND, "id", "no equipment " + id.value()));
	}

	private Decision<Equipment> stock(EquipmentId id, EquipmentDraft draft, List<UUID> existingUnits) {
		return Decision.attempt(() -> {
			Optional<Decision<Equipment>> refused = unknownLocation(draft.location());
			if (refused.isPresent()) {
				return refused.get();
			}
			if (draft.units() < 1 || draft.units() > Equipment.MAX_UNITS) {
				return Decision.refused(Code.VALIDATION_FAILED, "units",
						"units must be 1-" + Equipment.MAX_UNITS + ", got " + draft.units());
			}
			List<UUID> units = new ArrayList<>(existingUnits.subList(0, Math.min(existingUnits.size(), draft.units())));
			while (units.size() < draft.units()) {
				units.add(this.newUnitIds.get());
			}
			Equipment equipment = new Equipment(id, draft.location(), draft.type(), draft.name(), units);
			return Decision.accepted(equipment, new EquipmentChanged(id, equipment.location()));
		});
	}

	private <T> Optional<Decision<T>> unknownLocation(@Nullable LocationId location) {
		if (location == null) {
			return Optional.of(Decision.refused(Code.VALIDATION_FAILED, "locationId", "locationId is required"));
		}
		return this.locationExists ? Optional.empty()
				: Optional.of(Decision.refused(Code.NOT_FOUND, "locationId", "no location " + location.value()));
	}

}
