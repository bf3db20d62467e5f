package io.slotwise.resources.catalog;

import io.slotwise.resources.Equipment;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.VisitType;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff send to create or update catalog entries: raw values, validated by the use
 * case (a ZIP is geocoded, a zone parsed, codes looked up) before anything is saved.
 */
public final class Drafts {

	private Drafts() {
	}

	/**
	 * A location as typed in; {@code timeZone} is an IANA id such as America/New_York.
	 */
	public record LocationDraft(String name, String street, String city, String state, String zip,
			@Nullable String timeZone, @Nullable List<OpeningHours> openingHours) {

	}

	/** A practitioner; {@code rating} may be null when {@code reviewCount} is 0. */
	public record PractitionerDraft(String name, List<String> specialties, List<String> languages,
			@Nullable List<String> insurancePlans, @Nullable Double rating, int reviewCount,
			List<LocationId> locations) {

	}

	/** A room at a location. */
	public record RoomDraft(LocationId location, String name, List<String> capabilities) {

	}

	/** Equipment stock: {@code units} is how many countable units there are. */
	public record EquipmentDraft(LocationId location, String type, String name, int units) {

	}

	/**
	 * A visit type; {@code slot} defaults to the duration, {@code patients} to ANY, and
	 * no locations means every location that can host it.
	 */
	public record VisitTypeDraft(String name, String specialty, Duration duration, @Nullable Duration slot,
			VisitType.@Nullable Patients patients, @Nullable String roomCapability,
			@Nullable List<String> equipmentTypes, @Nullable List<LocationId> locations) {

	}

}
