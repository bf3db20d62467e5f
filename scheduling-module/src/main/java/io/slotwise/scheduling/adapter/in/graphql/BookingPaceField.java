package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.search.BookingPace;
import io.slotwise.scheduling.search.BookingPaces;
import io.slotwise.scheduling.search.SearchResult;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * A search result's booking pace, for a whole page in one call. Null when no module
 * provides paces or the practitioner has too few recorded journeys.
 */
@Controller
class BookingPaceField {

	private final ObjectProvider<BookingPaces> paces;

	BookingPaceField(ObjectProvider<BookingPaces> paces) {
		this.paces = paces;
	}

	@BatchMapping(typeName = "SearchResult")
	Map<SearchResult, BookingPace> bookingPace(List<SearchResult> results) {
		BookingPaces source = this.paces.getIfAvailable();
		if (source == null) {
			return Map.of();
		}
		List<PractitionerId> practitioners = results.stream().map((result) -> result.practitioner().id()).toList();
		Map<PractitionerId, BookingPace> found = source.paces(practitioners);
		return results.stream()
			.filter((result) -> found.containsKey(result.practitioner().id()))
			.collect(Collectors.toMap(Function.identity(), (result) -> found.get(result.practitioner().id()),
					(first, second) -> first));
	}

}
