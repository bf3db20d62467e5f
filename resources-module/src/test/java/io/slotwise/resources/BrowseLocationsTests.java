package io.slotwise.resources;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class BrowseLocationsTests {

	@Autowired
	BrowseLocations browse;

	@Autowired
	DSLContext db;

	@BeforeEach
	void threeLocations() {
		// Other test classes share this context's database: start from an empty catalog.
		this.db.execute("TRUNCATE resources.location CASCADE");
		for (String name : List.of("Midtown Clinic", "Brooklyn Heights", "Chelsea Family Care")) {
			this.db.insertInto(LOCATION)
				.set(LOCATION.ID, UUID.randomUUID())
				.set(LOCATION.NAME, name)
				.set(LOCATION.STREET, "1 Main St")
				.set(LOCATION.CITY, "New York")
				.set(LOCATION.STATE, "NY")
				.set(LOCATION.ZIP, "10001")
				.set(LOCATION.LATITUDE, 40.750649)
				.set(LOCATION.LONGITUDE, -73.997298)
				.set(LOCATION.TIME_ZONE, "America/New_York")
				.execute();
		}
	}

	@Test
	void pagesThroughLocationsByName() {
		assertThat(this.browse.locations(0, 2)).extracting(Location::name)
			.containsExactly("Brooklyn Heights", "Chelsea Family Care");
		assertThat(this.browse.locations(2, 2)).extracting(Location::name).containsExactly("Midtown Clinic");
		assertThat(this.browse.locations(0, 10))
			.allSatisfy((location) -> assertThat(location.timeZone().getId()).isEqualTo("America/New_York"));
	}

	@Test
	void rejectsANegativeOffset() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.browse.locations(-1, 2));
	}

}
