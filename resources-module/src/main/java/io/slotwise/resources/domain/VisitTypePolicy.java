package io.slotwise.resources.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.VisitTypeChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;

/**
 * Decides whether a visit type may be offered: its locations exist and each has a room
 * with the capability and the equipment it needs; offered "everywhere", some location
 * must have them. A visit type nobody can host would only produce empty searches.
 *
 * @param amenities what each existing location among the draft's offers
 * @param network what the whole network offers, consulted when the draft names no
 * location
 */
public record VisitTypePolicy(Map<LocationId, Amenities> amenities, Amenities network) {

	public VisitTypePolicy {
		amenities = Map.copyOf(amenities);
	}

	public Decision<VisitType> define(VisitTypeId id, VisitTypeDraft draft) {
		return Decision.attempt(() -> {
			Set<LocationId> offeredAt = new LinkedHashSet<>(Objects.requireNonNullElse(draft.locations(), List.of()));
			VisitType visitType = new VisitType(id, draft.name(), draft.specialty(), draft.duration(),
					(draft.slot() != null) ? draft.slot() : draft.duration(),
					(draft.patients() != null) ? draft.patients() : VisitType.Patients.ANY,
					Optional.ofNullable(draft.roomCapability()),
					new HashSet<>(Objects.requireNonNullElse(draft.equipmentTypes(), List.of())), offeredAt);
			Optional<LocationId> unknown = offeredAt.stream()
				.filter((location) -> !this.amenities.containsKey(location))
				.findFirst();
			if (unknown.isPresent()) {
				return Decision.refused(Code.NOT_FOUND, "locationIds", "no location " + unknown.get().value());
			}
			return unhostable(visitType).orElseGet(() -> Decision.accepted(visitType, new VisitTypeChanged(id)));
		});
	}

	/**
	 * @param current the stored visit type, if the id names one
	 */
	public Decision<VisitType> change(VisitTypeId id, Optional<VisitType> current, VisitTypeDraft draft) {
		return current.isPresent() ? define(id, draft)
				: Decision.refused(Code.NOT_FOUND, "id", "no visit type " + id.value());
	}

	private Optional<Decision<VisitType>> unhostable(VisitType visitType) {
		if (visitType.locations().isEmpty()) {
			return missing(visitType, this.network, "no room at any location has ", "no location has equipment ");
		}
		for (LocationId location : visitType.locations()) {
			Optional<Decision<VisitType>> missing = missing(visitType, this.amenities.get(location),
					"no room at location " + location.value() + " has ", "location " + location.value() + " has no ");
			if (missing.isPresent()) {
				return missing;
			}
		}
		return Optional.empty();
	}

	private static Optional<Decision<VisitType>> missing(VisitType visitType, Amenities place, String noRoom,
			String noEquipment) {
		Optional<String> capability = visitType.roomCapability()
			.filter((needed) -> !place.capabilities().contains(needed));
		if (capability.isPresent()) {
			return Optional
				.of(Decision.refused(Code.MISSING_ROOM_CAPABILITY, "roomCapability", noRoom + capability.get()));
		}
		return visitType.equipmentTypes()
			.stream()
			.filter((type) -> !place.equipmentTypes().contains(type))
			.findFirst()
			.map((type) -> Decision.refused(Code.MISSING_EQUIPMENT, "equipmentTypes", noEquipment + type));
	}

}
