package io.slotwise.scheduling.adapter.in.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.BrowseVisitTypes;
import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.resources.VisitTypeId;

import org.springframework.stereotype.Component;

/**
 * The catalog objects behind a page of scheduling objects, through resources' published
 * API: one query per kind of object however long the page, so the connected fields
 * ({@code Appointment.practitioner}, {@code Hold.location}, ...) cost a constant number
 * of statements.
 */
@Component
class CatalogLinks {

	private final FindPractitioners practitioners;

	private final BrowseLocations locations;

	private final BrowseVisitTypes visitTypes;

	CatalogLinks(FindPractitioners practitioners, BrowseLocations locations, BrowseVisitTypes visitTypes) {
		this.practitioners = practitioners;
		this.locations = locations;
		this.visitTypes = visitTypes;
	}

	<S> Map<S, Practitioner> practitioners(List<S> sources, Function<S, PractitionerId> id) {
		return link(sources, id, (ids) -> this.practitioners.practitionersOf(ids), Practitioner::id);
	}

	<S> Map<S, LocationDetails> locations(List<S> sources, Function<S, LocationId> id) {
		return link(sources, id, this.locations::detailsOf, LocationDetails::id);
	}

	<S> Map<S, VisitType> visitTypes(List<S> sources, Function<S, VisitTypeId> id) {
		return link(sources, id, this.visitTypes::visitTypesOf, VisitType::id);
	}

	/**
	 * Catalog entries are never deleted, so every id finds its object; one that did not
	 * would be left out, and the DataLoader answers null for it.
	 */
	private static <S, K, V> Map<S, V> link(List<S> sources, Function<S, K> key, Function<Collection<K>, List<V>> load,
			Function<V, K> keyOf) {
		Set<K> keys = sources.stream().map(key).collect(Collectors.toSet());
		Map<K, V> byKey = load.apply(keys).stream().collect(Collectors.toMap(keyOf, Function.identity()));
		return sources.stream()
			.distinct()
			.filter((source) -> byKey.containsKey(key.apply(source)))
			.collect(Collectors.toMap(Function.identity(), (source) -> byKey.get(key.apply(source))));
	}

}
