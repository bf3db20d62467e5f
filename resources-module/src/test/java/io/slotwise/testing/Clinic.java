package io.slotwise.testing;

import io.slotwise.resources.catalog.CatalogEditor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;

/**
 * A small real clinic, created through the resources module's published API exactly as
 * staff would: a New York location open every day, one procedure room, a 30-minute
 * procedure visit of a specialty unique to this clinic and a practitioner working
 * 08:00-18:00 every day.
 *
 * @param visitType the procedure visit type
 */
public record Clinic(LocationId location, VisitTypeId visitType, PractitionerId practitioner) {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	public static Clinic open(MaintainCatalog catalog) {
		// A specialty of its own, so searches by specialty in other tests sharing the
		// database never see it
		String specialty = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		List<OpeningHours> everyDay = Arrays.stream(DayOfWeek.values())
			.map((day) -> new OpeningHours(day, LocalTime.of(7, 0), LocalTime.of(20, 0)))
			.toList();
		LocationId location = applied(catalog.createLocation(ADMIN, new LocationDraft("Chelsea Clinic", "1 W 23rd St",
				"New York", "NY", "10001", "America/New_York", everyDay)))
			.id();
		applied(catalog.createRoom(ADMIN, new RoomDraft(location, "Procedure 1", List.of("PROCEDURE"))));
		VisitTypeId visitType = applied(
				catalog
					.createVisitType(ADMIN,
							new VisitTypeDraft("Minor procedure", specialty, Duration.ofMinutes(30),
									Duration.ofMinutes(30), VisitType.Patients.ANY, "PROCEDURE", List.of(), List.of())))
			.id();
		PractitionerId practitioner = applied(catalog.createPractitioner(ADMIN, new PractitionerDraft("Dr. Test Derm",
				List.of(specialty), List.of("en"), List.of(), null, 0, List.of(location))))
			.id();
		List<WorkingHours.Weekly> hours = Arrays.stream(DayOfWeek.values())
			.map((day) -> new WorkingHours.Weekly(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
			.toList();
		applied(catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner, location, hours, List.of())));
		return new Clinic(location, visitType, practitioner);
	}

	private static <T> T applied(CatalogChange<T> change) {
		if (change instanceof CatalogChange.Applied<T> applied) {
			return applied.value();
		}
		throw new IllegalStateException("Catalog refused the test clinic: " + change);
	}

}
