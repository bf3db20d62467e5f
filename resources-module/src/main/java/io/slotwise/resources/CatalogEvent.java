package io.slotwise.resources;

/**
 * What the catalog publishes after a change was saved. One sealed family, so a listener
 * can handle every catalog change in one exhaustive switch; the jMolecules marker lets
 * Spring Modulith list the records as this module's published events.
 */
public sealed interface CatalogEvent extends org.jmolecules.event.types.DomainEvent {

	/** A location was created or updated. */
	record LocationChanged(LocationId location) implements CatalogEvent {

	}

	/**
	 * A practitioner was created or updated (specialties, languages, insurance,
	 * locations).
	 */
	record PractitionerChanged(PractitionerId practitioner) implements CatalogEvent {

	}

	/** A room was created or updated. */
	record RoomChanged(RoomId room, LocationId location) implements CatalogEvent {

	}

	/** Equipment stock was created or its units changed. */
	record EquipmentChanged(EquipmentId equipment, LocationId location) implements CatalogEvent {

	}

	/** A visit type was created or its requirements changed. */
	record VisitTypeChanged(VisitTypeId visitType) implements CatalogEvent {

	}

	/**
	 * A practitioner's working hours at a location were replaced, or dropped because they
	 * left it; availability there must be recomputed.
	 */
	record WorkingHoursChanged(PractitionerId practitioner, LocationId location) implements CatalogEvent {

	}

}
