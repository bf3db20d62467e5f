package io.slotwise.resources;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of appointment and what it needs.
 *
 * @param specialty the specialty whose practitioners offer it
 * @param duration default length of one appointment, positive, whole minutes
 * @param slot suggested spacing of offered start times (the slot grid), positive, whole
 * minutes
 * @param patients who may book it
 * @param roomCapability capability the room must have, if any
 * @param equipmentTypes one unit of each type is reserved
 * @param locations where it is offered; empty means every location that can host it
 */
public record VisitType(VisitTypeId id, String name, String specialty, Duration duration, Duration slot,
		Patients patients, Optional<String> roomCapability, Set<String> equipmentTypes, Set<LocationId> locations) {

	/** Longer than a working day is not a visit. */
	static final Duration LONGEST = Duration.ofHours(12);

	public VisitType {
		Objects.requireNonNull(id, "id");
		name = CatalogRuleBroken.named(name, "name", 200);
		specialty = CatalogRuleBroken.code(specialty, "specialty");
		requireMinutes(duration, "duration");
		requireMinutes(slot, "slot");
		Objects.requireNonNull(patients, "patients");
		roomCapability = Objects.requireNonNullElse(roomCapability, Optional.<String>empty());
		roomCapability.ifPresent((capability) -> CatalogRuleBroken.code(capability, "roomCapability"));
		equipmentTypes.forEach((type) -> CatalogRuleBroken.code(type, "equipmentTypes"));
		equipmentTypes = Collections.unmodifiableSet(new TreeSet<>(equipmentTypes));
		locations = Set.copyOf(locations);
	}

	private static void requireMinutes(Duration duration, String field) {
		CatalogRuleBroken.require(
				duration != null && duration.isPositive() && duration.compareTo(LONGEST) <= 0
						&& duration.toSecondsPart() == 0 && duration.toNanosPart() == 0,
				CatalogError.Code.INVALID_DURATION, field,
				field + " must be a positive number of whole minutes, at most 12 hours");
	}

	/** The view scheduling works from. */
	public VisitRequirements requirements() {
		return new VisitRequirements(this.id, this.name, this.specialty, this.duration, this.roomCapability,
				List.copyOf(this.equipmentTypes));
	}

	/** Who may book a visit type. */
	public enum Patients {

		NEW, EXISTING, ANY

	}

}
