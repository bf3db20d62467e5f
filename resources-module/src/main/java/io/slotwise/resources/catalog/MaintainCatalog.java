package io.slotwise.resources.catalog;

import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;

/**
 * Staff edit the catalog. Every change is validated as a whole: a rejected change saves
 * nothing and publishes nothing; an applied one publishes its {@code *Changed} event.
 * Updates replace the entry's whole state.
 */
public interface MaintainCatalog {

	CatalogChange<LocationDetails> createLocation(LocationDraft draft);

	CatalogChange<LocationDetails> updateLocation(LocationId id, LocationDraft draft);

	CatalogChange<Practitioner> createPractitioner(PractitionerDraft draft);

	CatalogChange<Practitioner> updatePractitioner(PractitionerId id, PractitionerDraft draft);

	CatalogChange<Room> createRoom(RoomDraft draft);

	CatalogChange<Room> updateRoom(RoomId id, RoomDraft draft);

	/** Creates the stock with {@code units} new unit ids. */
	CatalogChange<Equipment> createEquipment(EquipmentDraft draft);

	/** Keeps existing unit ids; growing adds units, shrinking retires the last ones. */
	CatalogChange<Equipment> updateEquipment(EquipmentId id, EquipmentDraft draft);

	CatalogChange<VisitType> createVisitType(VisitTypeDraft draft);

	CatalogChange<VisitType> updateVisitType(VisitTypeId id, VisitTypeDraft draft);

	/**
	 * Replaces the practitioner's weekly rules and exceptions at the location. Rules may
	 * not overlap each other nor the practitioner's rules at other locations in the same
	 * zone (one person, one place at a time).
	 */
	CatalogChange<WorkingHours> setWorkingHours(WorkingHours hours);

}
