package io.slotwise.resources.adapter.in.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.CatalogError;
import io.slotwise.resources.CatalogRuleBroken;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.EquipmentInput;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.LocationInput;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.PractitionerInput;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.RoomInput;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.VisitTypeInput;
import io.slotwise.resources.adapter.in.graphql.CatalogInputs.WorkingHoursInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Staff and administrators edit the catalog. Expected failures come back as
 * {@code errors} in the payload and change nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class CatalogMutations {

	private final MaintainCatalog catalog;

	CatalogMutations(MaintainCatalog catalog) {
		this.catalog = catalog;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	LocationPayload createLocation(@Argument LocationInput input) {
		return payload(() -> this.catalog.createLocation(input.draft()), LocationPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	LocationPayload updateLocation(@Argument LocationInput input) {
		return payload(
				() -> this.catalog.updateLocation(new LocationId(CatalogInputs.id(input.id(), "id")), input.draft()),
				LocationPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	PractitionerPayload createPractitioner(@Argument PractitionerInput input) {
		return payload(() -> this.catalog.createPractitioner(input.draft()), PractitionerPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	PractitionerPayload updatePractitioner(@Argument PractitionerInput input) {
		return payload(() -> this.catalog.updatePractitioner(new PractitionerId(CatalogInputs.id(input.id(), "id")),
				input.draft()), PractitionerPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	RoomPayload createRoom(@Argument RoomInput input) {
		return payload(() -> this.catalog.createRoom(input.draft()), RoomPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	RoomPayload updateRoom(@Argument RoomInput input) {
		return payload(() -> this.catalog.updateRoom(new RoomId(CatalogInputs.id(input.id(), "id")), input.draft()),
				RoomPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	EquipmentPayload createEquipment(@Argument EquipmentInput input) {
		return payload(() -> this.catalog.createEquipment(input.draft()), EquipmentPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	EquipmentPayload updateEquipment(@Argument EquipmentInput input) {
		return payload(
				() -> this.catalog.updateEquipment(new EquipmentId(CatalogInputs.id(input.id(), "id")), input.draft()),
				EquipmentPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	VisitTypePayload createVisitType(@Argument VisitTypeInput input) {
		return payload(() -> this.catalog.createVisitType(input.draft()), VisitTypePayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	VisitTypePayload updateVisitType(@Argument VisitTypeInput input) {
		return payload(
				() -> this.catalog.updateVisitType(new VisitTypeId(CatalogInputs.id(input.id(), "id")), input.draft()),
				VisitTypePayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	WorkingHoursPayload setWorkingHours(@Argument WorkingHoursInput input) {
		return payload(() -> this.catalog.setWorkingHours(input.hours()), WorkingHoursPayload::new);
	}

	/** Input that breaks a rule while being read is rejected like a rule broken later. */
	private static <T, P> P payload(Supplier<CatalogChange<T>> change, BiFunction<T, List<CatalogError>, P> payload) {
		CatalogChange<T> result;
		try {
			result = change.get();
		}
		catch (CatalogRuleBroken broken) {
			result = new CatalogChange.Rejected<>(List.of(broken.error()));
		}
		return switch (result) {
			case CatalogChange.Applied<T> applied -> payload.apply(applied.value(), List.of());
			case CatalogChange.Rejected<T> rejected -> payload.apply(null, rejected.errors());
		};
	}

	record LocationPayload(LocationDetails location, List<CatalogError> errors) {

	}

	record PractitionerPayload(Practitioner practitioner, List<CatalogError> errors) {

	}

	record RoomPayload(Room room, List<CatalogError> errors) {

	}

	record EquipmentPayload(Equipment equipment, List<CatalogError> errors) {

	}

	record VisitTypePayload(VisitType visitType, List<CatalogError> errors) {

	}

	record WorkingHoursPayload(WorkingHours workingHours, List<CatalogError> errors) {

	}

}
