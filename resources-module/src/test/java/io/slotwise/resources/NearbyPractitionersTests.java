package io.slotwise.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.FindPractitioners.PractitionerNearby;
import io.slotwise.resources.catalog.CatalogEditor;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.MaintainCatalog;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The radius search answers from an in-memory map of the catalog (docs/adr/0025): it must
 * rank exactly as the database would and see every committed change at once, whichever
 * way it was written.
 */
@ApplicationModuleTest
class NearbyPractitionersTests {

	private static final CatalogEditor ADMIN = CatalogEditor.administrator(UUID.randomUUID());

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	FindPractitioners find;

	@Autowired
	Geocoder geocoder;

	@Autowired
	DSLContext db;

	Catalogs given;

	@BeforeEach
	void helpers() {
		this.given = new Catalogs(this.catalog);
	}

	@Test
	void ranksByNearestLocationThenRatingThenIdInTheDatabasesUuidOrder() {
		LocationDetails near = this.given.location("10001");
		LocationDetails far = this.given.location("10038");
		Practitioner farOnly = practitioner(4.9, far.id());
		Practitioner bothLowRated = practitioner(3.0, far.id(), near.id());
		List<Practitioner> sameRating = List.of(practitioner(4.0, near.id()), practitioner(4.0, near.id()),
				practitioner(4.0, near.id()), practitioner(4.0, near.id()));
		Practitioner unrated = practitioner(null, near.id());
		// The database's order of uuids (unsigned bytes) differs from UUID.compareTo.
		List<UUID> byDatabase = this.db
			.fetch("select id from resources.practitioner where id = any(?::uuid[]) order by id",
					(Object) sameRating.stream().map((p) -> p.id().value()).toArray(UUID[]::new))
			.getValues(0, UUID.class);

		List<UUID> ranked = mine(search(near.coordinates(), null), farOnly, bothLowRated, unrated, sameRating);

		assertThat(ranked.subList(0, 4)).containsExactlyElementsOf(byDatabase);
		assertThat(ranked.subList(4, 7)).containsExactly(bothLowRated.id().value(), unrated.id().value(),
				farOnly.id().value());
		PractitionerNearby both = search(near.coordinates(), null).stream()
			.filter((found) -> found.practitioner().id().equals(bothLowRated.id()))
			.findFirst()
			.orElseThrow();
		assertThat(both.locations()).extracting((location) -> location.location().id())
			.containsExactly(near.id(), far.id());
	}

	@Test
	void seesChangesMadeThroughTheUseCasesAndBehindTheApplicationsBack() {
		LocationDetails home = this.given.location("10001");
		LocationDetails other = this.given.location("60601");
		Practitioner moving = this.given.practitioner(home.id());
		assertThat(ids(search(home.coordinates(), home.id()))).contains(moving.id());

		PractitionerDraft moved = new PractitionerDraft(moving.name(), List.copyOf(moving.specialties()),
				List.copyOf(moving.languages()), List.copyOf(moving.insurancePlans()), moving.rating().orElse(null),
				moving.reviewCount(), List.of(other.id()));
		Catalogs.applied(this.catalog.updatePractitioner(ADMIN, moving.id(), moved));
		assertThat(ids(search(home.coordinates(), home.id()))).doesNotContain(moving.id());
		assertThat(ids(search(other.coordinates(), other.id()))).contains(moving.id());

		// Another instance, or a script: no event reaches this JVM, the version still
		// moves.
		this.db.execute("update resources.location set latitude = latitude + 2 where id = ?", other.id().value());
		assertThat(ids(search(other.coordinates(), other.id()))).doesNotContain(moving.id());
		this.db.execute("update resources.location set latitude = latitude - 2 where id = ?", other.id().value());
		this.db.execute("delete from resources.practitioner_location where practitioner_id = ?", moving.id().value());
		assertThat(ids(search(other.coordinates(), other.id()))).doesNotContain(moving.id());
	}

	private Practitioner practitioner(Double rating, LocationId... at) {
		return Catalogs
			.applied(this.catalog.createPractitioner(ADMIN, new PractitionerDraft("Dr. Ranked", List.of("DERMATOLOGY"),
					List.of("en"), List.of("AETNA_PPO"), rating, (rating != null) ? 10 : 0, List.of(at))));
	}

	private List<PractitionerNearby> search(GeoPoint origin, LocationId location) {
		return this.find.near(new NearbySearch(origin, Distance.ofMiles(10),
				new PractitionerFilter("DERMATOLOGY", null, null, location), 10_000));
	}

	private static List<PractitionerId> ids(List<PractitionerNearby> found) {
		return found.stream().map((one) -> one.practitioner().id()).toList();
	}

	private static List<UUID> mine(List<PractitionerNearby> found, Practitioner a, Practitioner b, Practitioner c,
			List<Practitioner> more) {
		List<PractitionerId> wanted = new java.util.ArrayList<>(List.of(a.id(), b.id(), c.id()));
		more.forEach((one) -> wanted.add(one.id()));
		return found.stream()
			.map((one) -> one.practitioner().id())
			.filter(wanted::contains)
			.map(PractitionerId::value)
			.toList();
	}

}
