package io.slotwise.resources;

import java.util.UUID;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.Drafts;
import io.slotwise.resources.catalog.MaintainCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;

/**
 * Builds catalog entries through the real use case, failing the test if one is refused.
 */
record Catalogs(MaintainCatalog catalog) {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	static <T> T applied(CatalogChange<T> change) {
		assertThat(change).isInstanceOf(CatalogChange.Applied.class);
		return ((CatalogChange.Applied<T>) change).value();
	}

	static CatalogError rejected(CatalogChange<?> change) {
		assertThat(change).isInstanceOf(CatalogChange.Rejected.class);
		return ((CatalogChange.Rejected<?>) change).errors().getFirst();
	}

	static LocationDraft locationDraft(String zip, String zone) {
		return new LocationDraft("Chelsea Family Care", "250 W 23rd St", "New York", "NY", zip, zone,
				java.util.Arrays.stream(DayOfWeek.values())
					.map((day) -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
					.toList());
	}

	LocationDetails location(String zip) {
		return applied(this.catalog.createLocation(ADMIN, locationDraft(zip, "America/New_York")));
	}

	static PractitionerDraft practitionerDraft(List<String> languages, List<String> plans, LocationId... at) {
		return new PractitionerDraft("Dr. Mei Chen", List.of("DERMATOLOGY"), languages, plans, 4.8, 25, List.of(at));
	}

	Practitioner practitioner(LocationId... at) {
		return applied(this.catalog.createPractitioner(ADMIN,
				practitionerDraft(List.of("en", "zh"), List.of("AETNA_PPO"), at)));
	}

	Room room(LocationId at, String... capabilities) {
		return applied(this.catalog.createRoom(ADMIN, new RoomDraft(at, "Room", List.of(capabilities))));
	}

	Equipment equipment(LocationId at, String type, int units) {
		return applied(this.catalog.createEquipment(ADMIN, new EquipmentDraft(at, type, type.toLowerCase(), units)));
	}

	static VisitTypeDraft visitDraft(Duration duration, String room, List<String> equipment, LocationId... at) {
		return new VisitTypeDraft("Mole removal", "DERMATOLOGY", duration, Duration.ofMinutes(15),
				VisitType.Patients.EXISTING, room, equipment, List.of(at));
	}

}
