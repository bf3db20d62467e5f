package io.slotwise.resources.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.slotwise.resources.Address;
import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a location may be opened or changed: its zone must be an IANA region,
 * its ZIP must have been located, and the location itself must be a valid value.
 */
public final class LocationPolicy {

	private LocationPolicy() {
	}

	/**
	 * @param place what the geocoder made of the draft's ZIP
	 */
	public static Decision<LocationDetails> open(LocationId id, LocationDraft draft, Geocoder.Geocoded place) {
		return Decision.attempt(() -> {
			Optional<ZoneId> zone = regionZone(draft.timeZone());
			if (zone.isEmpty()) {
				return Decision.refused(Code.INVALID_TIME_ZONE, "timeZone",
						"'" + draft.timeZone() + "' is not an IANA time zone such as America/New_York");
			}
			return switch (place) {
				case Geocoder.Rejected rejected -> new Decision.Refused<>(rejected.error());
				case Geocoder.Located located ->
					Decision.accepted(
							new LocationDetails(id, draft.name(),
									new Address(draft.street(), draft.city(), draft.state()), located.zip(), zone.get(),
									located.point(), Objects.requireNonNullElse(draft.openingHours(), List.of())),
							new LocationChanged(id));
			};
		});
	}

	/**
	 * @param current the stored location, if the id names one
	 */
	public static Decision<LocationDetails> change(LocationId id, Optional<LocationDetails> current,
			LocationDraft draft, Geocoder.Geocoded place) {
		if (current.isEmpty()) {
			return Decision.refused(Code.NOT_FOUND, "id", "no location " + id.value());
		}
		return open(id, draft, place);
	}

	/** Region ids only: a fixed offset such as "-05:00" would silently ignore DST. */
	private static Optional<ZoneId> regionZone(@Nullable String id) {
		return (id != null && ZoneId.getAvailableZoneIds().contains(id)) ? Optional.of(ZoneId.of(id))
				: Optional.empty();
	}

}
