package io.slotwise.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The catalog's values refuse to exist in an invalid state, each with a typed reason.
 */
class CatalogModelTests {

	static final LocationId LOCATION = new LocationId(UUID.randomUUID());

	static void rejected(ThrowingCallable construction, CatalogError.Code code, String field) {
		assertThatThrownBy(construction).isInstanceOfSatisfying(CatalogRuleBroken.class, (broken) -> {
			assertThat(broken.error().code()).isEqualTo(code);
			assertThat(broken.error().field()).isEqualTo(field);
		});
	}

	static Practitioner practitioner(Set<String> specialties, Set<String> languages, Optional<Double> rating,
			int reviews, Set<LocationId> locations) {
		return new Practitioner(new PractitionerId(UUID.randomUUID()), "Dr. Ana Silva", specialties, languages,
				Set.of("AETNA_PPO"), rating, reviews, locations);
	}

	@Test
	void practitionerNeedsSpecialtyLanguageAndLocation() {
		Practitioner valid = practitioner(Set.of("DERMATOLOGY"), Set.of("pt", "en"), Optional.of(4.7), 12,
				Set.of(LOCATION));
		assertThat(valid.languages()).containsExactly("en", "pt");
		rejected(() -> practitioner(Set.of(), Set.of("en"), Optional.empty(), 0, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "specialties");
		rejected(() -> practitioner(Set.of("dermatology"), Set.of("en"), Optional.empty(), 0, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "specialties");
		rejected(() -> practitioner(Set.of("DERMATOLOGY"), Set.of(), Optional.empty(), 0, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "languages");
		rejected(() -> practitioner(Set.of("DERMATOLOGY"), Set.of("en"), Optional.empty(), 0, Set.of()),
				CatalogError.Code.VALIDATION_FAILED, "locationIds");
	}

	@Test
	void ratingExistsExactlyWithReviewsAndStaysInRange() {
		rejected(() -> practitioner(Set.of("CARDIOLOGY"), Set.of("en"), Optional.of(4.0), 0, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "rating");
		rejected(() -> practitioner(Set.of("CARDIOLOGY"), Set.of("en"), Optional.empty(), 3, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "rating");
		rejected(() -> practitioner(Set.of("CARDIOLOGY"), Set.of("en"), Optional.of(5.5), 3, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "rating");
		rejected(() -> practitioner(Set.of("CARDIOLOGY"), Set.of("en"), Optional.empty(), -1, Set.of(LOCATION)),
				CatalogError.Code.VALIDATION_FAILED, "reviewCount");
	}

	@Test
	void roomNeedsACapability() {
		assertThat(new Room(new RoomId(UUID.randomUUID()), LOCATION, "Exam 1", Set.of("X_RAY", "EXAM")).capabilities())
			.containsExactly("EXAM", "X_RAY");
		rejected(() -> new Room(new RoomId(UUID.randomUUID()), LOCATION, "Exam 1", Set.of()),
				CatalogError.Code.VALIDATION_FAILED, "capabilities");
		rejected(() -> new Room(new RoomId(UUID.randomUUID()), LOCATION, " ", Set.of("EXAM")),
				CatalogError.Code.VALIDATION_FAILED, "name");
	}

	@Test
	void equipmentHasDistinctCountableUnits() {
		UUID unit = UUID.randomUUID();
		assertThat(new Equipment(new EquipmentId(UUID.randomUUID()), LOCATION, "ULTRASOUND", "Ultrasound",
				List.of(unit, UUID.randomUUID()))
			.units()).hasSize(2).startsWith(unit);
		rejected(() -> new Equipment(new EquipmentId(UUID.randomUUID()), LOCATION, "ULTRASOUND", "Ultrasound",
				List.of()), CatalogError.Code.VALIDATION_FAILED, "units");
		rejected(() -> new Equipment(new EquipmentId(UUID.randomUUID()), LOCATION, "ULTRASOUND", "Ultrasound",
				List.of(unit, unit)), CatalogError.Code.VALIDATION_FAILED, "units");
		rejected(() -> new Equipment(new EquipmentId(UUID.randomUUID()), LOCATION, "ultra sound", "Ultrasound",
				List.of(unit)), CatalogError.Code.VALIDATION_FAILED, "type");
	}

	static VisitType visit(Duration duration, Duration slot) {
		return new VisitType(new VisitTypeId(UUID.randomUUID()), "Mole removal", "DERMATOLOGY", duration, slot,
				VisitType.Patients.EXISTING, Optional.of("PROCEDURE"), Set.of("DERMATOSCOPE"), Set.of());
	}

	@Test
	void visitTypeLastsPositiveWholeMinutes() {
		VisitRequirements requirements = visit(Duration.ofMinutes(30), Duration.ofMinutes(15)).requirements();
		assertThat(requirements.roomCapability()).contains("PROCEDURE");
		assertThat(requirements.equipmentTypes()).containsExactly("DERMATOSCOPE");
		rejected(() -> visit(Duration.ofMinutes(-30), Duration.ofMinutes(15)), CatalogError.Code.INVALID_DURATION,
				"duration");
		rejected(() -> visit(Duration.ZERO, Duration.ofMinutes(15)), CatalogError.Code.INVALID_DURATION, "duration");
		rejected(() -> visit(Duration.ofSeconds(90), Duration.ofMinutes(15)), CatalogError.Code.INVALID_DURATION,
				"duration");
		rejected(() -> visit(Duration.ofMinutes(30), Duration.ofMinutes(-5)), CatalogError.Code.INVALID_DURATION,
				"slot");
		rejected(() -> visit(Duration.ofHours(13), Duration.ofMinutes(15)), CatalogError.Code.INVALID_DURATION,
				"duration");
	}

	static LocationDetails location(String zip, List<OpeningHours> hours) {
		return new LocationDetails(LOCATION, "Chelsea Family Care", new Address("1 Main St", "New York", "NY"), zip,
				ZoneId.of("America/New_York"), new GeoPoint(40.75, -74.0), hours);
	}

	@Test
	void locationHasAFiveDigitZipAndNonOverlappingHours() {
		OpeningHours morning = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
		OpeningHours afternoon = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0));
		assertThat(location("10001", List.of(afternoon, morning)).openingHours()).containsExactly(morning, afternoon);
		assertThat(location("10001", List.of()).location().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
		rejected(() -> location("1000", List.of()), CatalogError.Code.INVALID_ZIP, "zip");
		rejected(
				() -> location("10001",
						List.of(morning, new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)))),
				CatalogError.Code.OVERLAPPING_HOURS, "openingHours");
		rejected(() -> new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(8, 0)),
				CatalogError.Code.INVALID_TIME_RANGE, "openingHours");
		rejected(() -> new Address("1 Main St", "New York", "New York"), CatalogError.Code.VALIDATION_FAILED, "state");
	}

	@Test
	void weeklyWorkingHoursNeitherOverlapNorRunBackwards() {
		PractitionerId who = new PractitionerId(UUID.randomUUID());
		WorkingHours.Weekly nineToFive = new WorkingHours.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0),
				LocalTime.of(17, 0));
		rejected(() -> new WorkingHours(who, LOCATION,
				List.of(nineToFive,
						new WorkingHours.Weekly(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))),
				List.of()), CatalogError.Code.OVERLAPPING_HOURS, "weekly");
		assertThat(new WorkingHours(who, LOCATION,
				List.of(nineToFive,
						new WorkingHours.Weekly(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(18, 0))),
				List.of())
			.weekly()).hasSize(2);
		rejected(() -> new WorkingHours.Weekly(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0)),
				CatalogError.Code.INVALID_TIME_RANGE, "weekly");
		rejected(() -> new WorkingHours.Dated(LocalDate.of(2026, 12, 24), WorkingHours.Kind.EXTRA, null, null),
				CatalogError.Code.INVALID_TIME_RANGE, "exceptions");
		assertThat(
				new WorkingHours.Dated(LocalDate.of(2026, 12, 24), WorkingHours.Kind.TIME_OFF, null, null).wholeDay())
			.isTrue();
	}

	@Test
	void distancesConvertBetweenKilometresAndMiles() {
		assertThat(Distance.ofMiles(10).kilometres()).isEqualTo(16.09344);
		assertThat(Distance.ofKilometres(16.09344).miles()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThatThrownBy(() -> Distance.ofKilometres(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new GeoPoint(40.0, -74.0).distanceTo(new GeoPoint(40.0, -74.0)).kilometres()).isZero();
	}

}
