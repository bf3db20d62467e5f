package io.slotwise.resources.adapter.in.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import io.slotwise.resources.WorkingHours;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Public practitioner queries.
 */
@Controller
class PractitionerQueries {

	private final FindPractitioners find;

	private final BrowseLocations locations;

	PractitionerQueries(FindPractitioners find, BrowseLocations locations,
			ObjectProvider<BatchLoaderRegistry> loaders) {
		this.find = find;
		this.locations = locations;
		// workingHours takes an argument, which @BatchMapping cannot see: the key pairs
		// the
		// practitioner with the asked location, and a page of them is two queries. (No
		// registry without a GraphQL engine, e.g. in the module's own tests.)
		loaders.ifAvailable((registry) -> registry.forTypePair(PractitionerAt.class, WorkingHours.class)
			.registerMappedBatchLoader((keys,
					environment) -> Mono.fromCallable(() -> this.find.workingHours(keys)
						.stream()
						.collect(Collectors.toMap((hours) -> new PractitionerAt(hours.practitioner(), hours.location()),
								Function.identity(), (first, second) -> first)))));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	@Nullable Practitioner practitioner(@Argument PractitionerId id) {
		return this.find.practitioner(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<Practitioner> practitioners(@Argument @Nullable FilterInput filter, ScrollSubrange subrange) {
		PractitionerFilter criteria = (filter != null) ? filter.criteria() : PractitionerFilter.any();
		return Pages.window(subrange, (offset, limit) -> this.find.practitioners(criteria, offset, limit));
	}

	@SchemaMapping(typeName = "Practitioner", field = "id")
	@PreAuthorize("permitAll()")
	String id(Practitioner practitioner) {
		return practitioner.id().value().toString();
	}

	@SchemaMapping(typeName = "Practitioner", field = "rating")
	@PreAuthorize("permitAll()")
	@Nullable Double rating(Practitioner practitioner) {
		return practitioner.rating().orElse(null);
	}

	/** One query for the locations of a whole page of practitioners. */
	@BatchMapping(typeName = "Practitioner", field = "locations")
	@PreAuthorize("permitAll()")
	Map<Practitioner, List<LocationDetails>> locations(List<Practitioner> practitioners) {
		Set<LocationId> ids = practitioners.stream()
			.map(Practitioner::locations)
			.flatMap(Collection::stream)
			.collect(Collectors.toSet());
		Map<LocationId, LocationDetails> byId = this.locations.detailsOf(ids)
			.stream()
			.collect(Collectors.toMap(LocationDetails::id, Function.identity()));
		return practitioners.stream()
			.collect(Collectors.toMap(Function.identity(),
					(practitioner) -> practitioner.locations()
						.stream()
						.map(byId::get)
						.filter(java.util.Objects::nonNull)
						.sorted(java.util.Comparator.comparing(LocationDetails::name))
						.toList(),
					(first, second) -> first));
	}

	@SchemaMapping(typeName = "Practitioner", field = "workingHours")
	@PreAuthorize("permitAll()")
	CompletableFuture<WorkingHours> workingHours(Practitioner practitioner, @Argument LocationId locationId,
			DataLoader<PractitionerAt, WorkingHours> hours) {
		return hours.load(new PractitionerAt(practitioner.id(), locationId));
	}

	@SchemaMapping(typeName = "WorkingHours", field = "practitionerId")
	@PreAuthorize("permitAll()")
	String practitionerId(WorkingHours hours) {
		return hours.practitioner().value().toString();
	}

	@SchemaMapping(typeName = "WorkingHours", field = "locationId")
	@PreAuthorize("permitAll()")
	String locationId(WorkingHours hours) {
		return hours.location().value().toString();
	}

	@SchemaMapping(typeName = "DatedHours", field = "date")
	@PreAuthorize("permitAll()")
	java.time.LocalDate date(WorkingHours.Dated exception) {
		return exception.day();
	}

	/** The GraphQL filter input; every criterion is optional. */
	record FilterInput(@Nullable String specialty, @Nullable String language, @Nullable String insurancePlan,
			@Nullable LocationId locationId) {

		PractitionerFilter criteria() {
			return new PractitionerFilter(this.specialty, this.language, this.insurancePlan, this.locationId);
		}

	}

}
