package io.slotwise.resources.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.EquipmentId;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.domain.Amenities;
import io.slotwise.resources.domain.Decision;
import io.slotwise.resources.domain.Facilities;
import io.slotwise.resources.domain.FacilityPolicy;
import io.slotwise.resources.domain.LocationPolicy;
import io.slotwise.resources.domain.Locations;
import io.slotwise.resources.domain.PractitionerPolicy;
import io.slotwise.resources.domain.Practitioners;
import io.slotwise.resources.domain.Schedules;
import io.slotwise.resources.domain.VisitTypePolicy;
import io.slotwise.resources.domain.VisitTypes;
import io.slotwise.resources.domain.WorkingHoursPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's changes to the catalog: load what the policy needs, let it decide, save what it
 * decided and publish its events. A refused change writes nothing; events are published
 * in the same transaction (the Modulith registry delivers them after commit).
 */
@Service
@Transactional
class CatalogDesk implements MaintainCatalog {

	private final Locations locations;

	private final Practitioners practitioners;

	private final Facilities facilities;

	private final VisitTypes visitTypes;

	private final Schedules schedules;

	private final Geocoder geocoder;

	private final ApplicationEventPublisher events;

	CatalogDesk(Locations locations, Practitioners practitioners, Facilities facilities, VisitTypes visitTypes,
			Schedules schedules, Geocoder geocoder, ApplicationEventPublisher events) {
		this.locations = locations;
		this.practitioners = practitioners;
		this.facilities = facilities;
		this.visitTypes = visitTypes;
		this.schedules = schedules;
		this.geocoder = geocoder;
		this.events = events;
	}

	@Override
	public CatalogChange<LocationDetails> createLocation(CatalogEditor editor, LocationDraft draft) {
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(LocationPolicy.open(new LocationId(UUID.randomUUID()), draft, this.geocoder.locate(draft.zip())),
				this.locations::save);
	}

	@Override
	public CatalogChange<LocationDetails> updateLocation(CatalogEditor editor, LocationId id, LocationDraft draft) {
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(LocationPolicy.change(id, this.locations.find(id), draft, this.geocoder.locate(draft.zip())),
				this.locations::save);
	}

	@Override
	public CatalogChange<Practitioner> createPractitioner(CatalogEditor editor, PractitionerDraft draft) {
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(practitionerPolicy(draft).register(new PractitionerId(UUID.randomUUID()), draft),
				this.practitioners::save);
	}

	@Override
	public CatalogChange<Practitioner> updatePractitioner(CatalogEditor editor, PractitionerId id,
			PractitionerDraft draft) {
		// A practitioner's whole state includes their rating and review count, which
		// patients rank by: only an administrator may set them.
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(practitionerPolicy(draft).change(id, this.practitioners.find(id), draft),
				this.practitioners::save);
	}

	private PractitionerPolicy practitionerPolicy(PractitionerDraft draft) {
		return new PractitionerPolicy(this.visitTypes.insurancePlanCodes(),
				this.locations.existing(Objects.requireNonNullElse(draft.locations(), List.of())));
	}

	@Override
	public CatalogChange<Room> createRoom(CatalogEditor editor, RoomDraft draft) {
		if (!mayEditAt(editor, draft.location())) {
			return notYourLocation();
		}
		return apply(facilityPolicy(draft.location()).room(new RoomId(UUID.randomUUID()), draft),
				this.facilities::save);
	}

	@Override
	public CatalogChange<Room> updateRoom(CatalogEditor editor, RoomId id, RoomDraft draft) {
		Optional<Room> room = this.facilities.room(id);
		// Both ends of a move count: a room may leave only a location of the editor's.
		if (!mayEditAt(editor, draft.location()) || !room.map(Room::location).map(editor::mayEditAt).orElse(true)) {
			return notYourLocation();
		}
		return apply(facilityPolicy(draft.location()).changeRoom(id, room, draft), this.facilities::save);
	}

	@Override
	public CatalogChange<Equipment> createEquipment(CatalogEditor editor, EquipmentDraft draft) {
		if (!mayEditAt(editor, draft.location())) {
			return notYourLocation();
		}
		return apply(facilityPolicy(draft.location()).equipment(new EquipmentId(UUID.randomUUID()), draft),
				this.facilities::save);
	}

	@Override
	public CatalogChange<Equipment> updateEquipment(CatalogEditor editor, EquipmentId id, EquipmentDraft draft) {
		Optional<Equipment> stock = this.facilities.equipment(id);
		if (!mayEditAt(editor, draft.location())
				|| !stock.map(Equipment::location).map(editor::mayEditAt).orElse(true)) {
			return notYourLocation();
		}
		return apply(facilityPolicy(draft.location()).changeEquipment(id, stock, draft), this.facilities::save);
	}

	private FacilityPolicy facilityPolicy(@Nullable LocationId location) {
		return new FacilityPolicy(location != null && !this.locations.existing(Set.of(location)).isEmpty(),
				UUID::randomUUID);
	}

	@Override
	public CatalogChange<VisitType> createVisitType(CatalogEditor editor, VisitTypeDraft draft) {
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(visitTypePolicy(draft).define(new VisitTypeId(UUID.randomUUID()), draft), this.visitTypes::save);
	}

	@Override
	public CatalogChange<VisitType> updateVisitType(CatalogEditor editor, VisitTypeId id, VisitTypeDraft draft) {
		if (!editor.administrator()) {
			return adminOnly();
		}
		return apply(visitTypePolicy(draft).change(id, this.visitTypes.find(id), draft), this.visitTypes::save);
	}

	private VisitTypePolicy visitTypePolicy(VisitTypeDraft draft) {
		List<LocationId> offeredAt = Objects.requireNonNullElse(draft.locations(), List.of());
		Map<LocationId, Amenities> amenities = new HashMap<>();
		this.locations.existing(offeredAt).forEach((location) -> amenities.put(location, this.facilities.at(location)));
		return new VisitTypePolicy(amenities,
				offeredAt.isEmpty() ? this.facilities.network() : new Amenities(Set.of(), Set.of()));
	}

	@Override
	public CatalogChange<WorkingHours> setWorkingHours(CatalogEditor editor, WorkingHours hours) {
		if (!editor.mayEditAt(hours.location())) {
			return notYourLocation();
		}
		List<WorkingHours> theirs = this.schedules.of(hours.practitioner());
		WorkingHoursPolicy policy = new WorkingHoursPolicy(this.practitioners.find(hours.practitioner()),
				this.locations.find(hours.location()), theirs,
				this.locations.findAll(theirs.stream().map(WorkingHours::location).toList())
					.stream()
					.collect(Collectors.toMap(LocationDetails::id, LocationDetails::timeZone)));
		return apply(policy.replace(hours), this.schedules::replace);
	}

	/**
	 * A staff member's change names a location; a missing one is the policy's to refuse.
	 */
	private static boolean mayEditAt(CatalogEditor editor, @Nullable LocationId location) {
		return editor.administrator() || (location != null && editor.mayEditAt(location));
	}

	private static <T> CatalogChange<T> adminOnly() {
		return CatalogChange.rejected(CatalogError.Code.FORBIDDEN, "Only an administrator may make this change", null);
	}

	private static <T> CatalogChange<T> notYourLocation() {
		return CatalogChange.rejected(CatalogError.Code.FORBIDDEN,
				"Staff change the catalog only at their own locations", "locationId");
	}

	private <T> CatalogChange<T> apply(Decision<T> decision, Consumer<T> save) {
		return switch (decision) {
			case Decision.Accepted<T> accepted -> {
				save.accept(accepted.state());
				accepted.events().forEach(this.events::publishEvent);
				yield new CatalogChange.Applied<>(accepted.state());
			}
			case Decision.Refused<T> refused -> new CatalogChange.Rejected<>(List.of(refused.error()));
		};
	}

}
