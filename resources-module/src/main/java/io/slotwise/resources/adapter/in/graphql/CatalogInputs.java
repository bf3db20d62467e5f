package io.slotwise.resources.adapter.in.graphql;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import io.slotwise.resources.catalog.Drafts.EquipmentDraft;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import io.slotwise.resources.catalog.Drafts.RoomDraft;
import io.slotwise.resources.catalog.Drafts.VisitTypeDraft;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.WorkingHours;
import org.jspecify.annotations.Nullable;

/**
 * The mutations' GraphQL inputs and their translation to drafts. A malformed id is a
 * typed error in the payload, like every other bad input.
 */
final class CatalogInputs {

	private CatalogInputs() {
	}

	static List<LocationId> locations(@Nullable List<String> ids, String field) {
		return Objects.requireNonNullElse(ids, List.<String>of())
			.stream()
			.map((value) -> UserErrors.id(value, field, LocationId::of))
			.toList();
	}

	record OpeningHoursInput(DayOfWeek day, LocalTime opens, LocalTime closes) {

		OpeningHours hours() {
			return new OpeningHours(this.day, this.opens, this.closes);
		}

	}

	record LocationInput(@Nullable String id, String name, String street, String city, String state, String zip,
			String timeZone, @Nullable List<OpeningHoursInput> openingHours) {

		LocationDraft draft() {
			return new LocationDraft(this.name, this.street, this.city, this.state, this.zip, this.timeZone,
					Optional.ofNullable(this.openingHours)
						.orElse(List.of())
						.stream()
						.map(OpeningHoursInput::hours)
						.toList());
		}

	}

	record PractitionerInput(@Nullable String id, String name, List<String> specialties, List<String> languages,
			@Nullable List<String> insurancePlans, @Nullable Double rating, @Nullable Integer reviewCount,
			List<String> locationIds) {

		PractitionerDraft draft() {
			return new PractitionerDraft(this.name, this.specialties, this.languages, this.insurancePlans, this.rating,
					(this.reviewCount != null) ? this.reviewCount : 0, locations(this.locationIds, "locationIds"));
		}

	}

	record RoomInput(@Nullable String id, String locationId, String name, List<String> capabilities) {

		RoomDraft draft() {
			return new RoomDraft(UserErrors.id(this.locationId, "locationId", LocationId::of), this.name,
					this.capabilities);
		}

	}

	record EquipmentInput(@Nullable String id, String locationId, String type, String name, int units) {

		EquipmentDraft draft() {
			return new EquipmentDraft(UserErrors.id(this.locationId, "locationId", LocationId::of), this.type,
					this.name, this.units);
		}

	}

	record VisitTypeInput(@Nullable String id, String name, String specialty, Duration duration,
			@Nullable Duration slot, VisitType.@Nullable Patients patients, @Nullable String roomCapability,
			@Nullable List<String> equipmentTypes, @Nullable List<String> locationIds) {

		VisitTypeDraft draft() {
			return new VisitTypeDraft(this.name, this.specialty, this.duration, this.slot, this.patients,
					this.roomCapability, this.equipmentTypes, locations(this.locationIds, "locationIds"));
		}

	}

	record WeeklyHoursInput(DayOfWeek day, LocalTime start, LocalTime end) {

	}

	record DatedHoursInput(LocalDate date, WorkingHours.Kind kind, @Nullable LocalTime start, @Nullable LocalTime end) {

	}

	record WorkingHoursInput(String practitionerId, String locationId, List<WeeklyHoursInput> weekly,
			@Nullable List<DatedHoursInput> exceptions) {

		WorkingHours hours() {
			return new WorkingHours(UserErrors.id(this.practitionerId, "practitionerId", PractitionerId::of),
					UserErrors.id(this.locationId, "locationId", LocationId::of),
					Optional.ofNullable(this.weekly)
						.orElse(List.of())
						.stream()
						.map((rule) -> new WorkingHours.Weekly(rule.day(), rule.start(), rule.end()))
						.toList(),
					Optional.ofNullable(this.exceptions)
						.orElse(List.of())
						.stream()
						.map((dated) -> new WorkingHours.Dated(dated.date(), dated.kind(), dated.start(), dated.end()))
						.toList());
		}

	}

}
