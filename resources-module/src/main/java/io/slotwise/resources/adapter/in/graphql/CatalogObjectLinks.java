package io.slotwise.resources.adapter.in.graphql;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.WorkingHours;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The catalog's own ids that point at other catalog objects, as fields returning them:
 * one query per kind for a whole page. The catalog is public.
 */
@Controller
class CatalogObjectLinks {

	private final BrowseLocations locations;

	private final FindPractitioners practitioners;

	CatalogObjectLinks(BrowseLocations locations, FindPractitioners practitioners) {
		this.locations = locations;
		this.practitioners = practitioners;
	}

	@BatchMapping(typeName = "VisitType", field = "locations")
	@PreAuthorize("permitAll()")
	Map<VisitType, List<LocationDetails>> visitTypeLocations(List<VisitType> visitTypes) {
		Map<LocationId, LocationDetails> byId = locations(
				visitTypes.stream().map(VisitType::locations).flatMap(Collection::stream).collect(Collectors.toSet()));
		return Batches.perSource(visitTypes,
				(visitType) -> visitType.locations()
					.stream()
					.map(byId::get)
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing(LocationDetails::name))
					.toList());
	}

	@BatchMapping(typeName = "WorkingHours", field = "location")
	@PreAuthorize("permitAll()")
	Map<WorkingHours, LocationDetails> hoursLocation(List<WorkingHours> hours) {
		Map<LocationId, LocationDetails> byId = locations(
				hours.stream().map(WorkingHours::location).collect(Collectors.toSet()));
		return Batches.perSource(hours, (one) -> byId.get(one.location()));
	}

	@BatchMapping(typeName = "WorkingHours", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<WorkingHours, Practitioner> hoursPractitioner(List<WorkingHours> hours) {
		Map<?, Practitioner> byId = this.practitioners
			.practitionersOf(hours.stream().map(WorkingHours::practitioner).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Practitioner::id, Function.identity()));
		return Batches.perSource(hours, (one) -> byId.get(one.practitioner()));
	}

	private Map<LocationId, LocationDetails> locations(Set<LocationId> ids) {
		return this.locations.detailsOf(ids)
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, Function.identity()));
	}

}
