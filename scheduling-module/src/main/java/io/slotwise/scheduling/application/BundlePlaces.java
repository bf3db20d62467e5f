package io.slotwise.scheduling.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.CatalogError;
import io.slotwise.resources.Distance;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.Location;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.group.BundleQuery;
import io.slotwise.scheduling.group.MemberWish;

import org.springframework.stereotype.Component;

/**
 * Where a group can be seen: the named location, or the nearest locations within the
 * radius of a ZIP (at most {@code maxLocations}), each with the practitioners there who
 * offer each member's visit (at most {@code maxPractitioners} per member).
 */
@Component
class BundlePlaces {

	/** Practitioners of one specialty at one location looked at, at most. */
	private static final int CANDIDATES_PER_SPECIALTY = 50;

	private final SchedulingCatalog catalog;

	private final Geocoder geocoder;

	private final BrowseLocations locations;

	private final FindPractitioners practitioners;

	private final GroupSettings settings;

	BundlePlaces(SchedulingCatalog catalog, Geocoder geocoder, BrowseLocations locations,
			FindPractitioners practitioners, GroupSettings settings) {
		this.catalog = catalog;
		this.geocoder = geocoder;
		this.locations = locations;
		this.practitioners = practitioners;
		this.settings = settings;
	}

	/** The places with candidates for every member, or why there are none. */
	Outcome<List<Place>> places(BundleQuery query) {
		List<VisitRequirements> visits = new ArrayList<>();
		for (int i = 0; i < query.members().size(); i++) {
			Optional<VisitRequirements> visit = this.catalog.visitRequirements(query.members().get(i).visitType());
			if (visit.isEmpty()) {
				return Outcome.refused(Problem.inField("members[" + i + "].visitTypeId", Problem.Code.NOT_FOUND,
						"No such visit type"));
			}
			visits.add(visit.get());
		}
		Outcome<List<Where>> where = where(query);
		if (!(where instanceof Outcome.Done<List<Where>>(List<Where> found))) {
			return where.map((unused) -> null);
		}
		List<Place> places = new ArrayList<>();
		boolean[] offered = new boolean[query.members().size()];
		for (Where one : found) {
			// Only practitioners of the members' specialties, one query per specialty, so
			// the catalog is asked whether they offer the visit for a handful each.
			Map<String, List<PractitionerId>> bySpecialty = new HashMap<>();
			Map<String, Boolean> offers = new HashMap<>();
			List<List<PractitionerId>> candidates = new ArrayList<>();
			for (int i = 0; i < query.members().size(); i++) {
				MemberWish member = query.members().get(i);
				List<PractitionerId> there = bySpecialty.computeIfAbsent(visits.get(i).specialty(),
						(specialty) -> this.practitioners
							.practitioners(new PractitionerFilter(specialty, null, null, one.location().id()), 0,
									CANDIDATES_PER_SPECIALTY)
							.stream()
							.map(Practitioner::id)
							.toList());
				candidates.add(there.stream()
					.filter((practitioner) -> member.practitioner() == null
							|| member.practitioner().equals(practitioner))
					.filter((practitioner) -> offers.computeIfAbsent(practitioner.value() + "/" + member.visitType(),
							(key) -> this.catalog.offers(practitioner, one.location().id(), member.visitType())))
					.limit(this.settings.maxPractitioners())
					.toList());
				offered[i] |= !candidates.getLast().isEmpty();
			}
			if (candidates.stream().noneMatch(List::isEmpty)) {
				places.add(new Place(one.location(), one.miles(),
						visits.stream().map(VisitRequirements::duration).toList(), candidates));
			}
		}
		for (int i = 0; i < offered.length; i++) {
			if (!offered[i]) {
				return Outcome
					.refused(Problem.inField("members[" + i + "].visitTypeId", Problem.Code.VISIT_TYPE_NOT_OFFERED,
							"No practitioner there offers this visit type"
									+ (query.members().get(i).practitioner() != null
											? " (with the practitioner asked for)" : "")));
			}
		}
		return Outcome.done(places);
	}

	private Outcome<List<Where>> where(BundleQuery query) {
		if ((query.location() == null) == (query.zip() == null)) {
			return Outcome.refused(Problem.inField("locationId", Problem.Code.VALIDATION_FAILED,
					"Give either a location or a ZIP with a radius"));
		}
		if (query.location() != null) {
			return this.catalog.location(query.location())
				.map((location) -> Outcome.done(List.of(new Where(location, 0))))
				.orElseGet(() -> Outcome
					.refused(Problem.inField("locationId", Problem.Code.NOT_FOUND, "No such location")));
		}
		Double radius = query.radiusMiles();
		if (radius == null || !(radius > 0) || radius > this.settings.maxRadiusMiles()) {
			return Outcome.refused(Problem.inField("radiusMiles", Problem.Code.VALIDATION_FAILED,
					"The radius is greater than 0 and at most " + this.settings.maxRadiusMiles() + " miles"));
		}
		return switch (this.geocoder.locate(query.zip())) {
			case Geocoder.Rejected rejected ->
				Outcome.refused(Problem.inField("zip", (rejected.reason() == CatalogError.Code.INVALID_ZIP)
						? Problem.Code.INVALID_ZIP : Problem.Code.UNKNOWN_ZIP, rejected.message()));
			case Geocoder.Located located -> Outcome
				.done(this.locations.near(located.point(), Distance.ofMiles(radius), this.settings.maxLocations())
					.stream()
					.map((near) -> new Where(new Location(near.location().id(), near.location().name(),
							near.location().zip(), near.location().timeZone()), near.distance().miles()))
					.toList());
		};
	}

	private record Where(Location location, double miles) {
	}

	/**
	 * A location a group can be seen at.
	 *
	 * @param miles from the searched ZIP
	 * @param durations each member's visit length
	 * @param candidates per member, the practitioners there who may see them
	 */
	record Place(Location location, double miles, List<Duration> durations, List<List<PractitionerId>> candidates) {
	}

}
