package io.slotwise.resources.domain;

import static io.slotwise.resources.domain.Decisions.accepted;
import static io.slotwise.resources.domain.Decisions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.EquipmentChanged;
import io.slotwise.resources.CatalogEvent.RoomChanged;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import org.junit.jupiter.api.Test;

/** Rooms and equipment belong to existing locations; equipment units keep their ids. */
class FacilityPolicyTests {

	static final LocationId AT = new LocationId(UUID.randomUUID());

	final FacilityPolicy here = new FacilityPolicy(true, UUID::randomUUID);

	final FacilityPolicy nowhere = new FacilityPolicy(false, UUID::randomUUID);

	@Test
	void roomsNeedAnExistingLocationAndACapability() {
		RoomId id = new RoomId(UUID.randomUUID());
		assertThat(accepted(this.here.room(id, new RoomDraft(AT, "Exam 1", List.of("EXAM")))).events())
			.containsExactly(new RoomChanged(id, AT));
		assertThat(refused(this.nowhere.room(id, new RoomDraft(AT, "Exam 1", List.of("EXAM")))).code())
			.isEqualTo(Code.NOT_FOUND);
		assertThat(refused(this.here.room(id, new RoomDraft(AT, "Exam 1", List.of()))).field())
			.isEqualTo("capabilities");
		assertThat(refused(this.here.changeRoom(id, Optional.empty(), new RoomDraft(AT, "Exam 1", List.of("EXAM"))))
			.field()).isEqualTo("id");
	}

	@Test
	void equipmentKeepsItsUnitIdsWhenItGrowsOrShrinks() {
		EquipmentId id = new EquipmentId(UUID.randomUUID());
		Decision.Accepted<Equipment> two = accepted(
				this.here.equipment(id, new EquipmentDraft(AT, "ECG_MACHINE", "ECG", 2)));
		assertThat(two.events()).containsExactly(new EquipmentChanged(id, AT));
		Equipment three = accepted(this.here.changeEquipment(id, Optional.of(two.state()),
				new EquipmentDraft(AT, "ECG_MACHINE", "ECG", 3)))
			.state();
		assertThat(three.units()).hasSize(3).startsWith(two.state().units().toArray(UUID[]::new));
		Equipment one = accepted(
				this.here.changeEquipment(id, Optional.of(three), new EquipmentDraft(AT, "ECG_MACHINE", "ECG", 1)))
			.state();
		assertThat(one.units()).containsExactly(two.state().units().getFirst());
	}

	@Test
	void equipmentHasOneToAHundredUnitsAtAnExistingLocation() {
		EquipmentId id = new EquipmentId(UUID.randomUUID());
		assertThat(refused(this.here.equipment(id, new EquipmentDraft(AT, "ULTRASOUND", "Ultrasound", 0))).field())
			.isEqualTo("units");
		assertThat(refused(this.here.equipment(id, new EquipmentDraft(AT, "ULTRASOUND", "Ultrasound", 101))).code())
			.isEqualTo(Code.VALIDATION_FAILED);
		assertThat(refused(this.nowhere.equipment(id, new EquipmentDraft(AT, "ULTRASOUND", "Ultrasound", 1))).code())
			.isEqualTo(Code.NOT_FOUND);
		assertThat(refused(
				this.here.changeEquipment(id, Optional.empty(), new EquipmentDraft(AT, "ULTRASOUND", "Ultrasound", 1)))
			.code()).isEqualTo(Code.NOT_FOUND);
	}

}
