package io.slotwise.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.Distance;
import io.slotwise.resources.Equipment;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Room;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.RememberedCatalog;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.Location;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.Room;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.WorkingHours;

/**
 * Stands in for the resources ports search and the connected GraphQL fields need, so the
 * scheduling module's tests can start without the resources module. Search itself is
 * tested end to end in the application module against the real catalog; here every call
 * fails loudly.
 */
public class NoDirectory implements Geocoder, FindPractitioners, BrowseVisitTypes, BrowseLocations, RememberedCatalog {

	private final TestCatalog catalog;

	public NoDirectory(TestCatalog catalog) {
		this.catalog = catalog;
	}

	private static UnsupportedOperationException absent() {
		return new UnsupportedOperationException("Search is tested in the application module with the real catalog");
	}

	@Override
	public Geocoded locate(String zip) {
		throw absent();
	}

	@Override
	public List<Located> within(GeoPoint centre, Distance radius) {
		throw absent();
	}

	@Override
	public Optional<Practitioner> practitioner(PractitionerId id) {
		throw absent();
	}

	@Override
	public List<Practitioner> practitioners(PractitionerFilter filter, int offset, int limit) {
		if (filter.location() == null) {
			throw absent();
		}
		// Group search lists the practitioners of a location (issue 11).
		return this.catalog.practitionersAt(filter.location())
			.stream()
			.skip(offset)
			.limit(limit)
			.map((id) -> new Practitioner(id, "Practitioner", Set.of("GENERAL"), Set.of("en"), Set.of(),
					Optional.empty(), 0, Set.of(filter.location())))
			.toList();
	}

	@Override
	public List<Location> locations(int offset, int limit) {
		throw absent();
	}

	@Override
	public List<LocationDetails> details(int offset, int limit) {
		throw absent();
	}

	@Override
	public Optional<LocationDetails> details(LocationId id) {
		throw absent();
	}

	@Override
	public List<LocationDetails> detailsOf(Collection<LocationId> ids) {
		throw absent();
	}

	@Override
	public List<NearbyLocation> near(GeoPoint origin, Distance radius, int limit) {
		throw absent();
	}

	@Override
	public List<Room> rooms(LocationId location) {
		throw absent();
	}

	@Override
	public List<Equipment> equipment(LocationId location) {
		throw absent();
	}

	@Override
	public List<PractitionerNearby> near(NearbySearch search) {
		throw absent();
	}

	@Override
	public WorkingHours workingHours(PractitionerId practitioner, LocationId location) {
		throw absent();
	}

	@Override
	public List<VisitType> visitTypes(String specialty, int offset, int limit) {
		throw absent();
	}

	@Override
	public Optional<VisitType> visitType(VisitTypeId id) {
		throw absent();
	}

	/** Nothing remembered here, so nothing to pin. */
	@Override
	public <T> T atOneVersion(Supplier<T> work) {
		return work.get();
	}

	@Override
	public List<VisitType> visitTypes(String specialty) {
		throw absent();
	}

	@Override
	public boolean knowsInsurancePlan(String code) {
		throw absent();
	}

	@Override
	public List<InsurancePlan> insurancePlans() {
		throw absent();
	}

	@Override
	public List<Practitioner> practitionersOf(Collection<PractitionerId> ids) {
		throw absent();
	}

	@Override
	public List<WorkingHours> workingHours(Collection<PractitionerAt> pairs) {
		throw absent();
	}

	@Override
	public List<VisitType> visitTypesOf(Collection<VisitTypeId> ids) {
		throw absent();
	}

	@Override
	public List<Room> rooms(Collection<LocationId> locations) {
		throw absent();
	}

	@Override
	public List<Equipment> equipment(Collection<LocationId> locations) {
		throw absent();
	}

}
