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
 * Updates replace the entry's whole state. Every change names its {@link CatalogEditor}:
 * locations, practitioners (their ratings and review counts included) and visit types are
 * an administrator's; staff change rooms, equipment and working hours at their own
 * locations only. A change the editor may not make is rejected {@code FORBIDDEN}.
 */
public interface MaintainCatalog {

	CatalogChange<LocationDetails> createLocation(CatalogEditor editor, LocationDraft draft);

	CatalogChange<LocationDetails> updateLocation(CatalogEditor editor, LocationId id, LocationDraft draft);

	CatalogChange<Practitioner> createPractitioner(CatalogEditor editor, PractitionerDraft draft);

	CatalogChange<Practitioner> updatePractitioner(CatalogEditor editor, PractitionerId id, PractitionerDraft draft);

	CatalogChange<Room> createRoom(CatalogEditor editor, RoomDraft draft);

	CatalogChange<Room> updateRoom(CatalogEditor editor, RoomId id, RoomDraft draft);

	/** Creates the stock with {@code units} new unit ids. */
	CatalogChange<Equipment> createEquipment(CatalogEditor editor, EquipmentDraft draft);

	/** Keeps existing unit ids; growing adds units, shrinking retires the last ones. */
	CatalogChange<Equipment> updateEquipment(CatalogEditor editor, EquipmentId id, EquipmentDraft draft);

	CatalogChange<VisitType> createVisitType(CatalogEditor editor, VisitTypeDraft draft);

	CatalogChange<VisitType> updateVisitType(CatalogEditor editor, VisitTypeId id, VisitTypeDraft draft);

	/**
	 * Replaces the practitioner's weekly rules and exceptions at the location. Rules may
	 * not overlap each other nor the practitioner's rules at other locations in the same
	 * zone (one person, one place at a time).
	 */
	CatalogChange<WorkingHours> setWorkingHours(CatalogEditor editor, WorkingHours hours);

}
