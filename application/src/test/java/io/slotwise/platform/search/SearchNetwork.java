package io.slotwise.platform.search;

import io.slotwise.resources.catalog.CatalogEditor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.slotwise.resources.catalog.CatalogChange;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.WorkingHours;

/**
 * A small network around ZIP 10001 (Manhattan) for one test, under a specialty of its own
 * so tests sharing a database never see each other's practitioners. Distances from 10001
 * (Census internal points): 10001 0 mi, 11201 3.95 mi (6.36 km), 10601 22.97 mi.
 *
 * <ul>
 * <li>near: 10001, speaks en, AETNA_PPO, 4.8 from 100 reviews</li>
 * <li>brooklyn: 11201, speaks es and en, AETNA_PPO and CIGNA_PPO, 4.0 from 10</li>
 * <li>westchester: 10601, speaks es, CIGNA_PPO, 5.0 from 1</li>
 * <li>french: 10001, speaks fr, AETNA_PPO, no reviews</li>
 * </ul>
 * All work every day 08:00-20:00 New York time; the visit type lasts 30 minutes.
 */
final class SearchNetwork {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	final String specialty = "SEARCH_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);

	final LocationDetails manhattan;

	final LocationDetails brooklyn;

	final LocationDetails westchester;

	final VisitType visitType;

	final Practitioner near;

	final Practitioner brooklynDoctor;

	final Practitioner westchesterDoctor;

	final Practitioner french;

	private final MaintainCatalog catalog;

	SearchNetwork(MaintainCatalog catalog) {
		this.catalog = catalog;
		this.manhattan = location("10001");
		this.brooklyn = location("11201");
		this.westchester = location("10601");
		this.visitType = applied(catalog.createVisitType(ADMIN, new VisitTypeDraft("Consultation", this.specialty,
				Duration.ofMinutes(30), Duration.ofMinutes(30), VisitType.Patients.ANY, null, List.of(), List.of())));
		this.near = practitioner("Dr. Near", List.of("en"), List.of("AETNA_PPO"), 4.8, 100, this.manhattan);
		this.brooklynDoctor = practitioner("Dr. Brooklyn", List.of("es", "en"), List.of("AETNA_PPO", "CIGNA_PPO"), 4.0,
				10, this.brooklyn);
		this.westchesterDoctor = practitioner("Dr. Westchester", List.of("es"), List.of("CIGNA_PPO"), 5.0, 1,
				this.westchester);
		this.french = practitioner("Dr. Français", List.of("fr"), List.of("AETNA_PPO"), null, 0, this.manhattan);
	}

	Practitioner practitioner(String name, List<String> languages, List<String> plans, Double rating, int reviews,
			LocationDetails at) {
		return practitioner(name, languages, plans, rating, reviews, at, LocalTime.of(8, 0), LocalTime.of(20, 0));
	}

	Practitioner practitioner(String name, List<String> languages, List<String> plans, Double rating, int reviews,
			LocationDetails at, LocalTime from, LocalTime until) {
		Practitioner practitioner = applied(this.catalog.createPractitioner(ADMIN, new PractitionerDraft(name,
				List.of(this.specialty), languages, plans, rating, reviews, List.of(at.id()))));
		applied(this.catalog.setWorkingHours(ADMIN, new WorkingHours(practitioner.id(), at.id(),
				Arrays.stream(DayOfWeek.values()).map((day) -> new WorkingHours.Weekly(day, from, until)).toList(),
				List.of())));
		return practitioner;
	}

	private LocationDetails location(String zip) {
		return applied(this.catalog.createLocation(ADMIN,
				new LocationDraft("Clinic " + zip, "1 Main St", "New York", "NY", zip, "America/New_York",
						Arrays.stream(DayOfWeek.values())
							.map((day) -> new OpeningHours(day, LocalTime.of(7, 0), LocalTime.of(21, 0)))
							.toList())));
	}

	@SuppressWarnings("unchecked")
	static <T> T applied(CatalogChange<T> change) {
		assertThat(change).isInstanceOf(CatalogChange.Applied.class);
		return ((CatalogChange.Applied<T>) change).value();
	}

}
