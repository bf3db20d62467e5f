package io.slotwise.resources;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the catalog knows about a location.
 *
 * @param address street address
 * @param zip five-digit ZIP code
 * @param timeZone IANA zone of its hours and slots
 * @param coordinates the ZIP's point, used for distances
 * @param openingHours weekly opening hours, by day then time, non-overlapping
 */
public record LocationDetails(LocationId id, String name, Address address, String zip, ZoneId timeZone,
		GeoPoint coordinates, List<OpeningHours> openingHours) {

	public LocationDetails {
		Objects.requireNonNull(id, "id");
		name = CatalogRuleBroken.named(name, "name", 200);
		Objects.requireNonNull(address, "address");
		zip = Geocoder.zip(zip);
		CatalogRuleBroken.require(zip != null && Geocoder.ZIP_FORMAT.matcher(zip).matches(),
				CatalogError.Code.INVALID_ZIP, "zip", "'" + zip + "' is not a five-digit ZIP code");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(coordinates, "coordinates");
		openingHours = openingHours.stream()
			.sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
			.toList();
		for (int i = 1; i < openingHours.size(); i++) {
			CatalogRuleBroken.require(!openingHours.get(i - 1).overlaps(openingHours.get(i)),
					CatalogError.Code.OVERLAPPING_HOURS, "openingHours",
					"opening hours overlap on " + openingHours.get(i).day());
		}
	}

	/**
	 * Whether the location is open for the whole stretch; a location without opening
	 * hours is taken as open (its hours are simply not recorded).
	 */
	public boolean isOpen(java.time.DayOfWeek day, java.time.LocalTime from, java.time.LocalTime until) {
		return this.openingHours.isEmpty() || this.openingHours.stream()
			.anyMatch((hours) -> hours.day() == day && !hours.opens().isAfter(from) && !hours.closes().isBefore(until));
	}

	/** The short form other modules use. */
	public Location location() {
		return new Location(this.id, this.name, this.zip, this.timeZone);
	}

}
