package io.slotwise.resources.domain;

import static io.slotwise.resources.domain.Decisions.accepted;
import static io.slotwise.resources.domain.Decisions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.LocationChanged;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.catalog.Drafts.LocationDraft;
import org.junit.jupiter.api.Test;

/** A location opens in an IANA region zone at a located ZIP, or not at all. */
class LocationPolicyTests {

	static final LocationId ID = new LocationId(UUID.randomUUID());

	static final Geocoder.Located CHELSEA = new Geocoder.Located("10011", new GeoPoint(40.74, -74.0));

	static LocationDraft draft(String name, String state, String zone) {
		return new LocationDraft(name, "250 W 23rd St", "New York", state, "10011", zone, null);
	}

	@Test
	void opensAtTheLocatedPointAndSaysSo() {
		Decision.Accepted<LocationDetails> opened = accepted(
				LocationPolicy.open(ID, draft("Chelsea Family Care", "NY", "America/New_York"), CHELSEA));
		assertThat(opened.state().coordinates()).isEqualTo(CHELSEA.point());
		assertThat(opened.state().openingHours()).isEmpty();
		assertThat(opened.events()).containsExactly(new LocationChanged(ID));
	}

	@Test
	void refusesOffsetsUnknownZonesBadZipsAndBadValues() {
		assertThat(refused(LocationPolicy.open(ID, draft("Clinic", "NY", "-05:00"), CHELSEA)).code())
			.isEqualTo(Code.INVALID_TIME_ZONE);
		assertThat(refused(LocationPolicy.open(ID, draft("Clinic", "NY", null), CHELSEA)).field())
			.isEqualTo("timeZone");
		assertThat(refused(LocationPolicy.open(ID, draft("Clinic", "NY", "America/New_York"),
				new Geocoder.Rejected("00000", Code.UNKNOWN_ZIP))))
			.satisfies((error) -> {
				assertThat(error.code()).isEqualTo(Code.UNKNOWN_ZIP);
				assertThat(error.field()).isEqualTo("zip");
			});
		assertThat(refused(LocationPolicy.open(ID, draft(" ", "NY", "America/New_York"), CHELSEA)).field())
			.isEqualTo("name");
		assertThat(refused(LocationPolicy.open(ID, draft("Clinic", "N.Y.", "America/New_York"), CHELSEA)).field())
			.isEqualTo("state");
	}

	@Test
	void changesOnlyWhatExists() {
		assertThat(refused(
				LocationPolicy.change(ID, Optional.empty(), draft("Clinic", "NY", "America/New_York"), CHELSEA)))
			.satisfies((error) -> {
				assertThat(error.code()).isEqualTo(Code.NOT_FOUND);
				assertThat(error.field()).isEqualTo("id");
			});
		LocationDetails current = accepted(LocationPolicy.open(ID, draft("Clinic", "NY", "America/New_York"), CHELSEA))
			.state();
		assertThat(accepted(LocationPolicy.change(ID, Optional.of(current),
				new LocationDraft("Renamed", "1 Main St", "New York", "NY", "10011", "America/Chicago", List.of()),
				CHELSEA))
			.state()
			.timeZone()
			.getId()).isEqualTo("America/Chicago");
	}

}
