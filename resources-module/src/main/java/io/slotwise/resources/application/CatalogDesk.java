package io.slotwise.resources.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
	public CatalogChange<LocationDetails> createLocation(LocationDraft draft) {
		return apply(LocationPolicy.open(new LocationId(UUID.randomUUID()), draft, this.geocoder.locate(draft.zip())),
				this.locations::save);
	}

	@Override
	public CatalogChange<LocationDetails> updateLocation(LocationId id, LocationDraft draft) {
		return apply(LocationPolicy.change(id, this.locations.find(id), draft, this.geocoder.locate(draft.zip())),
				this.locations::save);
	}

	@Override
	public CatalogChange<Practitioner> createPractitioner(PractitionerDraft draft) {
		return apply(practitionerPolicy(draft).register(new PractitionerId(UUID.randomUUID()), draft),
				this.practitioners::save);
	}

	@Override
	public CatalogChange<Practitioner> updatePractitioner(PractitionerId id, PractitionerDraft draft) {
		return apply(practitionerPolicy(draft).change(id, this.practitioners.find(id), draft),
				this.practitioners::save);
	}

	private PractitionerPolicy practitionerPolicy(PractitionerDraft draft) {
		return new PractitionerPolicy(this.visitTypes.insurancePlanCodes(),
				this.locations.existing(Objects.requireNonNullElse(draft.locations(), List.of())));
	}

	@Override
	public CatalogChange<Room> createRoom(RoomDraft draft) {
		return apply(facilityPolicy(draft.location()).room(new RoomId(UUID.randomUUID()), draft),
				this.facilities::save);
	}

	@Override
	public CatalogChange<Room> updateRoom(RoomId id, RoomDraft draft) {
		return apply(facilityPolicy(draft.location()).changeRoom(id, this.facilities.room(id), draft),
				this.facilities::save);
	}

	@Override
	public CatalogChange<Equipment> createEquipment(EquipmentDraft draft) {
		return apply(facilityPolicy(draft.location()).equipment(new EquipmentId(UUID.randomUUID()), draft),
				this.facilities::save);
	}

	@Override
	public CatalogChange<Equipment> updateEquipment(EquipmentId id, EquipmentDraft draft) {
		return apply(facilityPolicy(draft.location()).changeEquipment(id, this.facilities.equipment(id), draft),
				this.facilities::save);
	}

	private FacilityPolicy facilityPolicy(@Nullable LocationId location) {
		return new FacilityPolicy(location != null && !this.locations.existing(Set.of(location)).isEmpty(),
				UUID::randomUUID);
	}

	@Override
	public CatalogChange<VisitType> createVisitType(VisitTypeDraft draft) {
		return apply(visitTypePolicy(draft).define(new VisitTypeId(UUID.randomUUID()), draft), this.visitTypes::save);
	}

	@Override
	public CatalogChange<VisitType> updateVisitType(VisitTypeId id, VisitTypeDraft draft) {
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
	public CatalogChange<WorkingHours> setWorkingHours(WorkingHours hours) {
		List<WorkingHours> theirs = this.schedules.of(hours.practitioner());
		WorkingHoursPolicy policy = new WorkingHoursPolicy(this.practitioners.find(hours.practitioner()),
				this.locations.find(hours.location()), theirs,
				this.locations.findAll(theirs.stream().map(WorkingHours::location).toList())
					.stream()
					.collect(Collectors.toMap(LocationDetails::id, LocationDetails::timeZone)));
		return apply(policy.replace(hours), this.schedules::replace);
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
