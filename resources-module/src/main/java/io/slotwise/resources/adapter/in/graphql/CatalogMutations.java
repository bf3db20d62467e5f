package io.slotwise.resources.adapter.in.graphql;

import java.util.List;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.CatalogEditor;
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

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Staff and administrators edit the catalog. Expected failures come back as
 * {@code errors} in the payload and change nothing; what each caller may change is the
 * use case's decision ({@link MaintainCatalog}), answered {@code FORBIDDEN}.
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
	LocationPayload createLocation(@Argument LocationInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.createLocation(editor, input.draft()), LocationPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	LocationPayload updateLocation(@Argument LocationInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.updateLocation(editor,
				UserErrors.id(input.id(), "id", LocationId::of), input.draft()), LocationPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	PractitionerPayload createPractitioner(@Argument PractitionerInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.createPractitioner(editor, input.draft()),
				PractitionerPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	PractitionerPayload updatePractitioner(@Argument PractitionerInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.updatePractitioner(editor,
				UserErrors.id(input.id(), "id", PractitionerId::of), input.draft()), PractitionerPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	RoomPayload createRoom(@Argument RoomInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.createRoom(editor, input.draft()), RoomPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	RoomPayload updateRoom(@Argument RoomInput input, CatalogEditor editor) {
		return UserErrors.payload(
				() -> this.catalog.updateRoom(editor, UserErrors.id(input.id(), "id", RoomId::of), input.draft()),
				RoomPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	EquipmentPayload createEquipment(@Argument EquipmentInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.createEquipment(editor, input.draft()), EquipmentPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	EquipmentPayload updateEquipment(@Argument EquipmentInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.updateEquipment(editor,
				UserErrors.id(input.id(), "id", EquipmentId::of), input.draft()), EquipmentPayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	VisitTypePayload createVisitType(@Argument VisitTypeInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.createVisitType(editor, input.draft()), VisitTypePayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	VisitTypePayload updateVisitType(@Argument VisitTypeInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.updateVisitType(editor,
				UserErrors.id(input.id(), "id", VisitTypeId::of), input.draft()), VisitTypePayload::new);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	WorkingHoursPayload setWorkingHours(@Argument WorkingHoursInput input, CatalogEditor editor) {
		return UserErrors.payload(() -> this.catalog.setWorkingHours(editor, input.hours()), WorkingHoursPayload::new);
	}

	record LocationPayload(@Nullable LocationDetails location, List<CatalogError> errors) {

	}

	record PractitionerPayload(@Nullable Practitioner practitioner, List<CatalogError> errors) {

	}

	record RoomPayload(@Nullable Room room, List<CatalogError> errors) {

	}

	record EquipmentPayload(@Nullable Equipment equipment, List<CatalogError> errors) {

	}

	record VisitTypePayload(@Nullable VisitType visitType, List<CatalogError> errors) {

	}

	record WorkingHoursPayload(@Nullable WorkingHours workingHours, List<CatalogError> errors) {

	}

}
