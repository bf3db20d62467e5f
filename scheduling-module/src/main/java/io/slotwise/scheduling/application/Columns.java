package io.slotwise.scheduling.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewDaySchedule;

/**
 * Which practitioner-location columns a day schedule shows, and whether the caller may
 * see them: staff only their own locations (a location of someone else's is FORBIDDEN, as
 * is a practitioner who works at none of theirs), administrators any.
 */
class Columns {

	private final FindPractitioners practitioners;

	private final BrowseLocations locations;

	Columns(FindPractitioners practitioners, BrowseLocations locations) {
		this.practitioners = practitioners;
		this.locations = locations;
	}

	Outcome<Chosen> of(Requester requester, Optional<PractitionerId> practitioner, Optional<LocationId> location) {
		if (location.isPresent() && !mayView(requester, location.get())) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "Staff see the schedules of their own locations");
		}
		Optional<Practitioner> named = practitioner
			.flatMap((id) -> this.practitioners.practitionersOf(List.of(id)).stream().findFirst());
		if (practitioner.isPresent() && named.isEmpty()) {
			return Outcome.refused(Problem.inField("practitionerId", Problem.Code.NOT_FOUND, "No such practitioner"));
		}
		List<LocationId> places = location.map(List::of)
			.orElseGet(() -> named.orElseThrow()
				.locations()
				.stream()
				.filter((where) -> mayView(requester, where))
				.sorted(Comparator.comparing(LocationId::value))
				.toList());
		if (places.isEmpty()) {
			return Outcome.refused(Problem.Code.FORBIDDEN, "The practitioner works at none of your locations");
		}
		Map<LocationId, LocationDetails> found = this.locations.detailsOf(places)
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		if (found.isEmpty()) {
			return Outcome.refused(Problem.inField("locationId", Problem.Code.NOT_FOUND, "No such location"));
		}
		if (named.isPresent()) {
			List<PractitionerAt> pairs = found.keySet()
				.stream()
				.filter((where) -> named.get().locations().contains(where))
				.map((where) -> new PractitionerAt(named.get().id(), where))
				.toList();
			return pairs.isEmpty()
					? Outcome.refused(Problem.inField("practitionerId", Problem.Code.NOT_FOUND,
							"The practitioner does not work at the location"))
					: Outcome.done(new Chosen(pairs, found, false));
		}
		LocationId where = location.orElseThrow();
		List<Practitioner> staff = this.practitioners.practitioners(new PractitionerFilter(null, null, null, where), 0,
				ViewDaySchedule.MAX_PRACTITIONERS + 1);
		List<PractitionerAt> pairs = staff.stream()
			.limit(ViewDaySchedule.MAX_PRACTITIONERS)
			.map((someone) -> new PractitionerAt(someone.id(), where))
			.toList();
		return Outcome.done(new Chosen(pairs, found, staff.size() > ViewDaySchedule.MAX_PRACTITIONERS));
	}

	private static boolean mayView(Requester requester, LocationId location) {
		return switch (requester.standing()) {
			case ADMIN -> true;
			case STAFF -> requester.locations().contains(location);
			case PATIENT -> false;
		};
	}

	/**
	 * @param pairs the columns, by location then practitioner name
	 * @param locations the columns' locations
	 * @param truncated whether the location has more practitioners than shown
	 */
	record Chosen(List<PractitionerAt> pairs, Map<LocationId, LocationDetails> locations, boolean truncated) {
	}

}
