package io.slotwise.resources.domain;

import static io.slotwise.resources.domain.Decisions.accepted;
import static io.slotwise.resources.domain.Decisions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.Address;
import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.OpeningHours;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.WorkingHours;
import io.slotwise.resources.WorkingHours.Weekly;
import org.junit.jupiter.api.Test;

/** One person, one place at a time, and only while the place is open. */
class WorkingHoursPolicyTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final LocationDetails HERE = location("Midtown", NEW_YORK);

	static final LocationDetails THERE = location("Chelsea", NEW_YORK);

	static final LocationDetails WEST = location("Mission", ZoneId.of("America/Los_Angeles"));

	static final Practitioner CHEN = new Practitioner(new PractitionerId(UUID.randomUUID()), "Dr. Mei Chen",
			Set.of("DERMATOLOGY"), Set.of("en"), Set.of(), Optional.empty(), 0,
			Set.of(HERE.id(), THERE.id(), WEST.id()));

	static LocationDetails location(String name, ZoneId zone) {
		return new LocationDetails(new LocationId(UUID.randomUUID()), name, new Address("1 Main St", "Town", "NY"),
				"10001", zone, new GeoPoint(40.75, -74.0),
				List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
	}

	static WorkingHours monday(LocationDetails at, int from, int to) {
		return new WorkingHours(CHEN.id(), at.id(),
				List.of(new Weekly(DayOfWeek.MONDAY, LocalTime.of(from, 0), LocalTime.of(to, 0))), List.of());
	}

	static WorkingHoursPolicy policy(LocationDetails at, WorkingHours... theirs) {
		return new WorkingHoursPolicy(Optional.of(CHEN), Optional.of(at), List.of(theirs),
				Map.of(HERE.id(), NEW_YORK, THERE.id(), NEW_YORK, WEST.id(), WEST.timeZone()));
	}

	@Test
	void replacesHoursThatFitAndSaysSo() {
		assertThat(accepted(policy(HERE, monday(THERE, 8, 12)).replace(monday(HERE, 12, 17))).events())
			.containsExactly(new WorkingHoursChanged(CHEN.id(), HERE.id()));
	}

	@Test
	void refusesOverlapsInTheSameZoneOnly() {
		assertThat(refused(policy(HERE, monday(THERE, 8, 12)).replace(monday(HERE, 11, 17))).code())
			.isEqualTo(Code.OVERLAPPING_HOURS);
		// Wall-clock hours in different zones are different instants.
		accepted(policy(HERE, monday(WEST, 8, 12)).replace(monday(HERE, 11, 17)));
		// Replacing the hours at one location never clashes with what they replace.
		accepted(policy(HERE, monday(HERE, 8, 12)).replace(monday(HERE, 11, 17)));
	}

	@Test
	void refusesUnknownPeopleAndPlacesStrangersAndClosedHours() {
		WorkingHours hours = monday(HERE, 9, 12);
		assertThat(
				refused(new WorkingHoursPolicy(Optional.empty(), Optional.of(HERE), List.of(), Map.of()).replace(hours))
					.field())
			.isEqualTo("practitionerId");
		assertThat(
				refused(new WorkingHoursPolicy(Optional.of(CHEN), Optional.empty(), List.of(), Map.of()).replace(hours))
					.field())
			.isEqualTo("locationId");
		LocationDetails elsewhere = location("Brooklyn", NEW_YORK);
		assertThat(refused(policy(elsewhere).replace(monday(elsewhere, 9, 12))).code()).isEqualTo(Code.NOT_AT_LOCATION);
		assertThat(refused(policy(HERE).replace(monday(HERE, 7, 12))).code()).isEqualTo(Code.OUTSIDE_OPENING_HOURS);
	}

}
