package io.slotwise.scheduling.adapter.in.graphql;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import graphql.GraphqlErrorException;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import io.slotwise.scheduling.search.SearchResult;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Practitioner search; public, since patients search before signing in.
 */
@Controller
class SearchQueries {

	static final int DEFAULT_PAGE = 20;

	private final SearchPractitioners search;

	SearchQueries(SearchPractitioners search) {
		this.search = search;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<SearchResult> searchPractitioners(@Argument SearchInput input, ScrollSubrange subrange) {
		Page page = Page.of(subrange, DEFAULT_PAGE, SearchPractitioners.MAX_PAGE);
		return switch (this.search.search(input.toQuery(), (int) page.offset(), page.size())) {
			case SearchOutcome.Found found ->
				page.window(found.results(), page.offset() + found.results().size() < found.total());
			case SearchOutcome.Refused refused -> throw UserErrors.raised(refused.problem());
		};
	}

	@SchemaMapping(typeName = "SearchResult")
	@PreAuthorize("permitAll()")
	double distanceKm(SearchResult result) {
		return result.distance().kilometres();
	}

	@SchemaMapping(typeName = "SearchResult")
	@PreAuthorize("permitAll()")
	double distanceMiles(SearchResult result) {
		return result.distance().miles();
	}

	@SchemaMapping(typeName = "SearchResult")
	@PreAuthorize("permitAll()")
	Duration duration(SearchResult result) {
		return result.visitType().duration();
	}

	@SchemaMapping(typeName = "SearchResult")
	@PreAuthorize("permitAll()")
	int matchScore(SearchResult result) {
		return result.match().score();
	}

	@SchemaMapping(typeName = "SearchResult")
	@PreAuthorize("permitAll()")
	List<SearchResult.ScoreComponent> scoreBreakdown(SearchResult result) {
		return result.match().breakdown();
	}

	@SchemaMapping(typeName = "SearchPractitioner")
	@PreAuthorize("permitAll()")
	String id(io.slotwise.resources.Practitioner practitioner) {
		return practitioner.id().value().toString();
	}

	@SchemaMapping(typeName = "SearchPractitioner")
	@PreAuthorize("permitAll()")
	Double rating(io.slotwise.resources.Practitioner practitioner) {
		return practitioner.rating().orElse(null);
	}

	@SchemaMapping(typeName = "SearchLocation", field = "id")
	@PreAuthorize("permitAll()")
	String locationId(io.slotwise.resources.LocationDetails location) {
		return location.id().value().toString();
	}

	@SchemaMapping(typeName = "SearchVisitType", field = "id")
	@PreAuthorize("permitAll()")
	String visitTypeId(io.slotwise.resources.VisitType visitType) {
		return visitType.id().value().toString();
	}

	/**
	 * The GraphQL input, bound by Spring.
	 */
	record SearchInput(String zip, Double latitude, Double longitude, Double radius, SearchQuery.Unit radiusUnit,
			String specialty, VisitTypeId visitTypeId, List<String> languages, Boolean languagesRequired,
			String insurancePlan, LocalDate from, LocalDate to, LocalTime earliestTime, LocalTime latestTime,
			List<DayOfWeek> weekdays, Boolean newPatient) {

		SearchQuery toQuery() {
			return new SearchQuery(this.zip, this.latitude, this.longitude, this.radius, this.radiusUnit,
					this.specialty, this.visitTypeId, this.languages, Boolean.TRUE.equals(this.languagesRequired),
					this.insurancePlan, this.from, this.to, this.earliestTime, this.latestTime,
					(this.weekdays != null) ? Set.copyOf(this.weekdays) : Set.of(), this.newPatient);
		}

	}

}
