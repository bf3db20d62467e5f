package io.slotwise.resources.domain;

import static io.slotwise.resources.domain.Decisions.accepted;
import static io.slotwise.resources.domain.Decisions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.VisitTypeChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import org.junit.jupiter.api.Test;

/** A visit type is offered only where a room and the equipment it needs exist. */
class VisitTypePolicyTests {

	static final LocationId CLINIC = new LocationId(UUID.randomUUID());

	static final VisitTypeId ID = new VisitTypeId(UUID.randomUUID());

	static final Amenities EXAM_WITH_SCOPE = new Amenities(Set.of("EXAM"), Set.of("DERMATOSCOPE"));

	final VisitTypePolicy atTheClinic = new VisitTypePolicy(Map.of(CLINIC, EXAM_WITH_SCOPE), EXAM_WITH_SCOPE);

	static VisitTypeDraft draft(Duration duration, String room, List<String> equipment, LocationId... at) {
		return new VisitTypeDraft("Mole removal", "DERMATOLOGY", duration, null, null, room, equipment, List.of(at));
	}

	CatalogError refusal(VisitTypeDraft draft) {
		return refused(this.atTheClinic.define(ID, draft));
	}

	@Test
	void definesWithDefaultsAndSaysSo() {
		Decision.Accepted<VisitType> defined = accepted(
				this.atTheClinic.define(ID, draft(Duration.ofMinutes(30), "EXAM", List.of("DERMATOSCOPE"), CLINIC)));
		assertThat(defined.state().slot()).isEqualTo(Duration.ofMinutes(30));
		assertThat(defined.state().patients()).isEqualTo(VisitType.Patients.ANY);
		assertThat(defined.events()).containsExactly(new VisitTypeChanged(ID));
	}

	@Test
	void refusesVisitTypesNobodyCanHost() {
		assertThat(refusal(draft(Duration.ofMinutes(-30), "EXAM", List.of(), CLINIC)).code())
			.isEqualTo(Code.INVALID_DURATION);
		CatalogError noRoom = refusal(draft(Duration.ofMinutes(30), "PROCEDURE", List.of(), CLINIC));
		assertThat(noRoom.code()).isEqualTo(Code.MISSING_ROOM_CAPABILITY);
		assertThat(noRoom.field()).isEqualTo("roomCapability");
		assertThat(refusal(draft(Duration.ofMinutes(30), "EXAM", List.of("LASER"), CLINIC)).field())
			.isEqualTo("equipmentTypes");
		assertThat(refusal(draft(Duration.ofMinutes(30), "EXAM", List.of(), new LocationId(UUID.randomUUID()))).code())
			.isEqualTo(Code.NOT_FOUND);
		assertThat(refusal(draft(Duration.ofMinutes(30), "HYPERBARIC_CHAMBER", List.of())).code())
			.isEqualTo(Code.MISSING_ROOM_CAPABILITY);
		assertThat(refused(
				this.atTheClinic.change(ID, Optional.empty(), draft(Duration.ofMinutes(30), "EXAM", List.of(), CLINIC)))
			.field()).isEqualTo("id");
	}

	@Test
	void offeredEverywhereNeedsOnlySomeLocationThatCanHostIt() {
		assertThat(accepted(this.atTheClinic.define(ID, draft(Duration.ofMinutes(30), "EXAM", List.of("DERMATOSCOPE"))))
			.state()
			.locations()).isEmpty();
		VisitTypePolicy emptyNetwork = new VisitTypePolicy(Map.of(), new Amenities(Set.of(), Set.of()));
		assertThat(refused(emptyNetwork.define(ID, draft(Duration.ofMinutes(30), "EXAM", List.of()))).code())
			.isEqualTo(Code.MISSING_ROOM_CAPABILITY);
	}

}
