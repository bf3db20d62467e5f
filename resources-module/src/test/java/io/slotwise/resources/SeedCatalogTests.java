package io.slotwise.resources;

import io.slotwise.resources.catalog.SeedCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.FindPractitioners.PractitionerNearby;
import io.slotwise.resources.catalog.SeedCatalog.NetworkShape;
import io.slotwise.resources.catalog.SeedCatalog.SeedReport;
import io.slotwise.resources.application.seeding.Network;
import io.slotwise.resources.application.seeding.NetworkGenerator;
import io.slotwise.resources.domain.WorkingSchedule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo network: deterministic, believable, stored once, searchable.
 */
@ApplicationModuleTest
// Its own context, hence its own empty database: seeding only fills an empty catalog.
@TestPropertySource(properties = "slotwise.test.catalog=seeded")
class SeedCatalogTests {

	static final PractitionerId DEMO_PRACTITIONER = new PractitionerId(
			UUID.fromString("d0c00000-0000-4000-8000-000000000003"));

	@Autowired
	SeedCatalog seed;

	@Autowired
	Geocoder geocoder;

	@Autowired
	FindPractitioners find;

	@Autowired
	BrowseLocations locations;

	@Autowired
	SchedulingCatalog scheduling;

	@Test
	void theGeneratorIsDeterministic() {
		NetworkShape shape = NetworkShape.demo(Optional.of(DEMO_PRACTITIONER));
		Network first = new NetworkGenerator(this.geocoder).generate(shape);
		Network second = new NetworkGenerator(this.geocoder).generate(shape);
		assertThat(second).isEqualTo(first);
		Network otherSeed = new NetworkGenerator(this.geocoder)
			.generate(new NetworkShape(7, shape.locations(), shape.practitioners(), Optional.empty()));
		assertThat(otherSeed.locations()).isNotEqualTo(first.locations());
	}

	@Test
	void theDemoNetworkIsBelievable() {
		Network network = new NetworkGenerator(this.geocoder)
			.generate(NetworkShape.demo(Optional.of(DEMO_PRACTITIONER)));
		assertThat(network.locations()).hasSize(36);
		assertThat(network.practitioners()).hasSize(300).first().satisfies((demo) -> {
			assertThat(demo.id()).isEqualTo(DEMO_PRACTITIONER);
			assertThat(demo.name()).isEqualTo("Dr. Demo Practitioner");
		});
		assertThat(network.locations()).allSatisfy(
				(location) -> assertThat(this.geocoder.locate(location.zip())).isInstanceOf(Geocoder.Located.class));
		assertThat(network.locations().stream().map((location) -> location.timeZone().getId()).distinct())
			.containsExactlyInAnyOrder("America/New_York", "America/Los_Angeles", "America/Chicago", "America/Phoenix");
		Map<String, Long> specialties = network.practitioners()
			.stream()
			.flatMap((practitioner) -> practitioner.specialties().stream())
			.collect(Collectors.groupingBy((specialty) -> specialty, Collectors.counting()));
		assertThat(specialties).hasSizeGreaterThanOrEqualTo(8);
		assertThat(network.practitioners().stream().filter((p) -> p.languages().contains("es")).count()).isBetween(50L,
				200L);
		Map<PractitionerId, List<WorkingHours>> hours = network.hours()
			.stream()
			.collect(Collectors.groupingBy(WorkingHours::practitioner));
		Map<LocationId, LocationDetails> byId = network.locations()
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, (location) -> location));
		assertThat(network.hours()).allSatisfy((one) -> assertThat(one.weekly())
			.allSatisfy((rule) -> assertThat(byId.get(one.location()).isOpen(rule.day(), rule.start(), rule.end()))
				.as("works while the location is open")
				.isTrue()));
		assertThat(hours).hasSize(300)
			.allSatisfy((who, theirs) -> theirs
				.forEach((one) -> assertThat(WorkingSchedule.clash(one, theirs)).as("one place at a time").isEmpty()));
	}

	@Test
	void seedsOnceThenSkipsAndTheNetworkIsSearchable() {
		SeedReport report = this.seed.seed(NetworkShape.demo(Optional.of(DEMO_PRACTITIONER)));
		assertThat(report.skipped()).isFalse();
		assertThat(report.locations()).isEqualTo(36);
		assertThat(report.practitioners()).isEqualTo(300);
		assertThat(this.seed.seed(NetworkShape.demo(Optional.of(DEMO_PRACTITIONER))).skipped()).isTrue();
		assertThat(this.locations.locations(0, 100)).hasSize(36);

		Practitioner demo = this.find.practitioner(DEMO_PRACTITIONER).orElseThrow();
		LocationId home = demo.locations().iterator().next();
		assertThat(this.scheduling.workingWindows(DEMO_PRACTITIONER, home, java.time.LocalDate.of(2026, 12, 7),
				java.time.LocalDate.of(2026, 12, 13)))
			.isNotEmpty();

		GeoPoint midtown = ((Geocoder.Located) this.geocoder.locate("10001")).point();
		assertThat(this.locations.near(midtown, Distance.ofMiles(10), 100)).isNotEmpty()
			.allSatisfy((nearby) -> assertThat(nearby.distance().miles()).isLessThanOrEqualTo(10))
			.isSortedAccordingTo(java.util.Comparator.comparing(NearbyLocation::distance));
		PractitionerFilter spanishFamilyDoctors = new PractitionerFilter("FAMILY_MEDICINE", "es", null, null);
		List<PractitionerNearby> found = this.find
			.near(new NearbySearch(midtown, Distance.ofMiles(10), spanishFamilyDoctors, 20));
		assertThat(found).isNotEmpty().allSatisfy((match) -> {
			assertThat(match.practitioner().specialties()).contains("FAMILY_MEDICINE");
			assertThat(match.practitioner().languages()).contains("es");
			assertThat(match.nearest().miles()).isLessThanOrEqualTo(10);
		}).isSortedAccordingTo(java.util.Comparator.comparing(PractitionerNearby::nearest));
		assertThat(this.find.practitioners(new PractitionerFilter(null, null, "MEDICAID", home), 0, 50))
			.allSatisfy((practitioner) -> {
				assertThat(practitioner.insurancePlans()).contains("MEDICAID");
				assertThat(practitioner.locations()).contains(home);
			});
	}

}
